import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../shared/workplan.repository';
import {
  latestDeadline,
  mergedDoneAt,
  mergedMilestones,
  mergedText,
  mergedUnits,
  partNumber,
} from './item-restructure-rules';

const row = (over: Partial<ItemRow>): ItemRow => ({
  id: 'x',
  plan_id: 'p',
  parent_id: null,
  root_id: 'x',
  level: 1,
  kind: 'task',
  number: '',
  position: 1,
  title: '',
  text: '',
  tags_json: '[]',
  start_date: null,
  deadline: null,
  deadline_source: null,
  milestones_json: '[]',
  done_at: null,
  created_by: null,
  created_at: '',
  updated_at: '',
  ...over,
});

describe('split and merge rules', () => {
  it.each([
    ['3', 2, '3-2'],
    ['1.', 1, '1-1.'],
    ['1、', 2, '1-2、'],
    ['（3）', 1, '（3-1）'],
    ['(2)', 2, '(2-2)'],
    ['一、', 2, '一-2、'],
    ['', 2, ''],
  ])('numbers part %s #%i as %s', (number, k, expected) => expect(partNumber(number, k)).toBe(expected));

  it('joins texts with each merged title leading its paragraph', () => {
    expect(
      mergedText(row({ text: '甲文 ' }), [row({ title: '乙', text: '乙文' }), row({ title: '丙', text: ' ' })]),
    ).toBe('甲文\n乙：乙文\n丙');
    expect(mergedText(row({ text: '' }), [row({ title: '乙' })])).toBe('乙');
  });

  it('takes the latest deadline with its source, the kept one on a tie, none when none', () => {
    const a = row({ id: 'a', deadline: '2024-06-30', deadline_source: 'text' });
    const b = row({ id: 'b', deadline: '2024-12-31', deadline_source: 'default' });
    const c = row({ id: 'c', deadline: '2024-12-31', deadline_source: 'manual' });
    expect(latestDeadline([a, b, c])).toEqual({ deadline: '2024-12-31', source: 'default' });
    expect(latestDeadline([c, b])).toEqual({ deadline: '2024-12-31', source: 'manual' });
    expect(latestDeadline([row({}), a])).toEqual({ deadline: '2024-06-30', source: 'text' });
    expect(latestDeadline([row({})])).toEqual({ deadline: null, source: null });
  });

  it('is done only when every item was; keeps each milestone once in date order', () => {
    expect(mergedDoneAt([row({ done_at: '2024-05-01T00:00:00Z' }), row({})])).toBeNull();
    expect(mergedDoneAt([row({ done_at: '2024-05-01T00:00:00Z' }), row({ done_at: '2024-06-01T00:00:00Z' })])).toBe(
      '2024-06-01T00:00:00Z',
    );
    const m = (date: string, title: string) => ({ date, title, percent: 50 });
    expect(
      mergedMilestones([
        row({ milestones_json: JSON.stringify([m('2024-09-30', '验收')]) }),
        row({ milestones_json: JSON.stringify([m('2024-06-30', '开工'), m('2024-09-30', '验收')]) }),
      ]),
    ).toEqual([m('2024-06-30', '开工'), m('2024-09-30', '验收')]);
  });

  it('unions units: leads first, a co-lead that leads elsewhere is a lead only', () => {
    const units = [
      { item_id: 'b', org_id: 'o2', role: 'lead' },
      { item_id: 'a', org_id: 'o1', role: 'lead' },
      { item_id: 'a', org_id: 'o2', role: 'co' },
      { item_id: 'b', org_id: 'o3', role: 'co' },
    ];
    expect(mergedUnits(['a', 'b'], units)).toEqual({ leads: ['o1', 'o2'], cos: ['o3'] });
  });
});
