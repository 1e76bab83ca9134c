import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { ApiError } from '../../lib/http';
import { caseErrorText } from './error-text';

const t = createI18n('zh-CN').t;
const refused = (status: number, code: string, details: unknown) =>
  new ApiError({ status, code: code as 'CONFLICT', message: 'english message', details });

describe('caseErrorText', () => {
  it('words a stage conflict with the stage and the step, never the codes', () => {
    const text = caseErrorText(
      refused(409, 'CASE_STATE_CONFLICT', [
        {
          path: 'body.kind',
          message: 'state lead',
          code: 'CASE_STATE_CONFLICT',
          params: { state: 'lead', kind: 'served' },
        },
      ]),
      t,
    );
    expect(text).toBe('案件当前阶段不允许此操作：案件处于“待立案”阶段，不能记录“送达处罚决定书”');
  });

  it('words an out-of-order step by the field the server names', () => {
    const text = caseErrorText(
      refused(400, 'CASE_EVENT_INVALID', [
        { path: 'body.date', message: 'the day is before a step already recorded', code: 'CASE_EVENT_INVALID' },
      ]),
      t,
    );
    expect(text).toMatch(/^该办理事项不符合法定期限或顺序：日期不符合办理顺序/);
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('words why a fine cannot be computed', () => {
    const text = caseErrorText(
      refused(400, 'PENALTY_NOT_ASSESSABLE', [
        { path: 'body.table', message: 'table 2.7.1 is for …', code: 'TABLE_NOT_FOR_VIOLATION' },
      ]),
      t,
    );
    expect(text).toBe('无法按所选裁量基准计算罚款：所选裁量基准表不适用于本案的违法类型');
  });

  it('keeps to the code’s words when a detail has none, and words the limitation', () => {
    expect(caseErrorText(refused(409, 'CASE_LIMITATION_EXPIRED', undefined), t)).toBe(
      '违法行为已超过追责时效，不得作出处罚决定',
    );
    expect(caseErrorText(refused(403, 'FORBIDDEN', [{ path: 'body', message: 'x' }]), t)).toBe('没有权限执行此操作');
  });
});
