import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { describeError } from './describe-error';
import { ApiError, toApiError } from '../lib/http';

describe('describeError', () => {
  it('leads with the code and translates it in the current locale', () => {
    const err = new ApiError({ status: 401, code: 'INVALID_CREDENTIALS', message: 'bad password' });
    expect(describeError(err, createI18n('zh-CN').t)).toBe('[INVALID_CREDENTIALS] 用户名或密码错误');
    expect(describeError(err, createI18n('en').t)).toBe('[INVALID_CREDENTIALS] Wrong username or password');
  });

  it('lists validation details', () => {
    const err = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      details: [{ path: 'password', message: 'at least 10 characters' }],
    });
    expect(describeError(err, createI18n('en').t)).toBe(
      '[VALIDATION_FAILED] The input is not valid: password: at least 10 characters',
    );
  });

  it("words field issues from their code and bounds, not the server's English", () => {
    const err = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid body.newPassword: Too small',
      details: [
        {
          path: 'body.newPassword',
          message: 'Too small: expected string to have >=10 characters',
          code: 'too_small',
          params: { minimum: 10, origin: 'string' },
        },
        { path: 'body.kind', message: 'Invalid option', code: 'invalid_value', params: {} },
      ],
    });
    expect(describeError(err, createI18n('zh-CN').t)).toBe(
      '[VALIDATION_FAILED] 输入校验未通过: newPassword: 至少 10 个字符; kind: 取值不在允许范围内',
    );
    expect(describeError(err, createI18n('en').t)).toBe(
      '[VALIDATION_FAILED] The input is not valid: newPassword: At least 10 characters; kind: Not one of the allowed values',
    );
  });

  it("falls back to the server's message for a code without a translation", () => {
    // Codes are typed from the catalogue and the catalogue test keeps every one translated, so a
    // missing wording is staged here: the page must still show something the user can read.
    const i18n = createI18n('zh-CN');
    i18n.addResource('zh-CN', 'translation', 'errors.CONFLICT', '');
    const err = new ApiError({ status: 409, code: 'CONFLICT', message: 'the station code is taken' });
    expect(describeError(err, i18n.t)).toBe('[CONFLICT] the station code is taken');
  });

  it('words a code the catalogue does not know (a server newer than the page) by its status', () => {
    const err = toApiError(409, { error: { code: 'TEAPOT', message: 'I am a teapot', requestId: 'r1' } });
    expect(describeError(err, createI18n('en').t)).toBe('[CONFLICT] Conflict (it may already exist)');
  });

  it('describes non-API errors as INTERNAL', () => {
    expect(describeError(new Error('boom'), createI18n('en').t)).toBe('[INTERNAL] Something went wrong');
  });

  it("words a module's reason on a field by its error or import-row code, never the server's English", () => {
    const err = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      details: [
        { path: 'body.regionCode', message: 'not in the region dictionary', code: 'UNKNOWN_REGION' },
        { path: 'body.uscc', message: 'check character', code: 'USCC_CHECK_DIGIT', params: { expected: '7' } },
      ],
    });
    const text = describeError(err, createI18n('zh-CN').t);
    expect(text).not.toContain('not in the region dictionary');
    expect(text).not.toContain('check character');
    expect(text).toContain('7');
  });
});
