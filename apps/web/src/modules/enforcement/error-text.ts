import type { TFunction } from 'i18next';
import { fieldIssueWords } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';
import { eventKindText, stateText } from './labels';

type Detail = { path: string; message: string; code?: string; params?: Record<string, unknown> };

function detailsOf(details: unknown): Detail[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is Detail => typeof d === 'object' && d !== null && typeof (d as Detail).path === 'string',
  );
}

/** One detail of a refusal in words, from its code and field: never the server's English message. */
function detailWords(code: string, d: Detail, t: TFunction): string | undefined {
  const field = d.path.split('.').pop() ?? '';
  if (code === 'CASE_STATE_CONFLICT' && typeof d.params?.kind === 'string' && typeof d.params.state === 'string')
    return t('enforcement.eventErrors.state', {
      state: stateText(d.params.state, t),
      kind: eventKindText(d.params.kind, t),
    });
  if (code === 'CASE_EVENT_INVALID') return t(`enforcement.eventErrors.${field}`, { defaultValue: '' }) || undefined;
  if (code === 'PENALTY_NOT_ASSESSABLE' && d.code)
    return t(`enforcement.penaltyErrors.${d.code}`, { defaultValue: '' }) || undefined;
  if (code === 'VALIDATION_FAILED') return fieldIssueWords(d, t);
  return undefined;
}

/**
 * A refused case write in the user's language: the error code's words (案件当前阶段不允许此操作) and what
 * its details say in words (the stage and the step, the field that is out of order, the reason a fine
 * cannot be computed). Shown in the form that sent it, so no code appears.
 */
export function caseErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  const head = t(`errors.${error.code}`, { defaultValue: '' }) || t('errors.unknown');
  const reasons = [...new Set(detailsOf(error.details).flatMap((d) => detailWords(error.code, d, t) ?? []))].filter(
    (r) => r !== head,
  );
  return reasons.length ? `${head}：${reasons.join('；')}` : head;
}
