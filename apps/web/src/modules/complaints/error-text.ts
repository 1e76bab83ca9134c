import type { TFunction } from 'i18next';
import { fieldIssueWords } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';

/** A refusal in words: the code's sentence, and the first field issue when there is one. */
export function complaintErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.INTERNAL');
  const base = t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL') });
  const [first] = Array.isArray(error.details)
    ? (error.details as { path: string; message: string; code?: string }[])
    : [];
  const words = first && error.code === 'VALIDATION_FAILED' ? fieldIssueWords(first, t) : undefined;
  return words ? `${base}：${words}` : base;
}
