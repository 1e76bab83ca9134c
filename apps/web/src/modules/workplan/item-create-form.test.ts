import { describe, expect, it } from 'vitest';
import { createBody, isCalendarDate, kindUnder } from './item-create-form';
import { TOP_LEVEL } from './item-tree';

describe('the 新增事项 form rules', () => {
  it('proposes the kind the plan usually has below the parent', () => {
    expect([undefined, 'section', 'task', 'measure'].map((k) => kindUnder(k as never))).toEqual([
      'section',
      'task',
      'measure',
      'measure',
    ]);
  });

  it('takes only real calendar days', () => {
    expect(['2028-02-29', '2025-12-31'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-6-30', '2025/06/30', ''].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('sends the top level as null, trimmed text and no deadline as null', () => {
    expect(
      createBody({
        parentId: TOP_LEVEL,
        kind: 'section',
        number: ' 四、',
        title: ' 生态保护 ',
        text: '',
        leadUnitIds: [],
        coUnitIds: [],
        regionCodes: ['450100'],
        deadline: ' ',
      }),
    ).toEqual({
      parentId: null,
      kind: 'section',
      number: '四、',
      title: '生态保护',
      text: '',
      leadUnitIds: [],
      coUnitIds: [],
      regionCodes: ['450100'],
      deadline: null,
    });
  });
});
