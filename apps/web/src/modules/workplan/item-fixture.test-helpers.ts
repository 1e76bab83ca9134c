import type { Item } from './types';

/** An item as the API answers it, for component tests. */
export const anItem = (over: Partial<Item>): Item => ({
  id: 'item-1',
  planId: 'p',
  parentId: 'sec',
  rootId: 'sec',
  kind: 'task',
  level: 2,
  number: '',
  title: '任务',
  text: '',
  position: 1,
  tags: [],
  units: [],
  regionCodes: [],
  startDate: null,
  deadline: null,
  milestones: [],
  doneAt: null,
  status: 'on_track',
  statusReasons: [],
  lastPercent: null,
  indicators: [],
  ...over,
});
