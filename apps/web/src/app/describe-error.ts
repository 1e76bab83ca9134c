import type { TFunction } from 'i18next';
import { fieldIssueText, type FieldIssue } from '../i18n/code-text';
import { isApiError } from '../lib/http';

function fieldIssues(details: unknown): FieldIssue[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is FieldIssue => typeof d === 'object' && d !== null && typeof (d as FieldIssue).message === 'string',
  );
}

/**
 * One line for a failed call, in the current locale, always led by the error code so a user
 * can quote it to support: "[VALIDATION_FAILED] 输入校验未通过: newPassword: 至少 10 个字符". Field issues
 * are worded from their code and bounds (the server's English message only when the code is unknown).
 * Codes without a translation fall back to the server's own message.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) {
    return t('errors.withCode', { code: 'INTERNAL', message: t('errors.unknown') });
  }
  const key = `errors.${error.code}`;
  const known = t(key, { defaultValue: '' });
  let message = known === '' ? error.message : known;
  const issues = fieldIssues(error.details);
  if (issues.length > 0) {
    const shown = issues.slice(0, 3).map((i) => fieldIssueText(i, t));
    message += `: ${shown.join('; ')}${issues.length > 3 ? ' …' : ''}`;
  }
  return t('errors.withCode', { code: error.code, message });
}
