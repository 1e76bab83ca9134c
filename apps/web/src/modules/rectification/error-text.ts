import type { TFunction } from 'i18next';
import { fieldIssueText, type FieldIssue } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';

/** A refused write in words: the code's text and the first field issue, never the server's English alone. */
export function rectificationErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  const text = t(`errors.${error.code}`, { defaultValue: error.message });
  const [first] = Array.isArray(error.details) ? (error.details as FieldIssue[]) : [];
  return error.code === 'VALIDATION_FAILED' && first ? `${text}: ${fieldIssueText(first, t)}` : text;
}
