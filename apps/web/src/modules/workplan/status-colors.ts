import type { ItemStatus } from './types';

/**
 * One colour per item status, the same on cards, tags and counts, so a leader reads the board
 * by colour alone: not started grey, on track green, at risk orange, overdue red, done blue.
 */
export const STATUS_COLORS: Readonly<Record<ItemStatus, string>> = {
  not_started: '#8c8c8c',
  on_track: '#52c41a',
  at_risk: '#fa8c16',
  overdue: '#f5222d',
  done: '#1677ff',
};

/** Display order: the worst first after "not started", as a leader scans for trouble. */
export const STATUS_ORDER: readonly ItemStatus[] = ['overdue', 'at_risk', 'on_track', 'not_started', 'done'];
