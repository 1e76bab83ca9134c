import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { ApiError } from '../../lib/http';
import { fieldErrorsOf } from './form-errors';

const t = createI18n('zh-CN').t;

describe('fieldErrorsOf', () => {
  it('pins a module refusal to its field in Chinese', () => {
    const error = new ApiError({
      status: 409,
      code: 'OUTLET_EXISTS',
      message: 'the enterprise already has an outlet DA001',
      details: [{ path: 'body.code', message: 'exists' }],
    });
    expect(fieldErrorsOf(error, t)).toEqual([{ name: ['code'], errors: ['该排放口编号已存在'] }]);
  });

  it('reads array indices in the path and words the issue code, never the English message', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      details: [
        { path: 'body.limits.2.outletCode', message: 'no such outlet of the enterprise', code: 'OUTLET_NOT_FOUND' },
        { path: 'body.limits.0.pollutant', message: 'duplicate limit', code: 'DUPLICATE_LIMIT' },
        { path: 'body.name', message: 'Too big', code: 'too_big', params: { origin: 'string', maximum: 100 } },
        { path: 'body.kind', message: 'weird', code: 'something_new' },
      ],
    });
    expect(fieldErrorsOf(error, t)).toEqual([
      { name: ['limits', 2, 'outletCode'], errors: ['排放口不存在'] },
      { name: ['limits', 0, 'pollutant'], errors: ['同一许可证、排放口和污染物的限值重复'] },
      { name: ['name'], errors: ['最多 100 个字符'] },
      { name: ['kind'], errors: ['输入校验未通过'] },
    ]);
  });

  it('gives nothing for errors that are not about a body field', () => {
    expect(fieldErrorsOf(new Error('x'), t)).toEqual([]);
    const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN', message: 'no' });
    expect(fieldErrorsOf(forbidden, t)).toEqual([]);
    const query = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'x',
      details: [{ path: 'querystring.page', message: 'x', code: 'too_small' }],
    });
    expect(fieldErrorsOf(query, t)).toEqual([]);
  });
});
