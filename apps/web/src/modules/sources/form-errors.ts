import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { fieldIssueWords } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';

type FieldError = { name: (string | number)[]; errors: string[] };
type Detail = { path: string; message: string; code?: string; params?: Record<string, unknown> };

function detailsOf(details: unknown): Detail[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is Detail => typeof d === 'object' && d !== null && typeof (d as Detail).path === 'string',
  );
}

const words = (t: TFunction, key: string, params?: Record<string, unknown>) =>
  t(key, { ...params, defaultValue: '' }) || undefined;

/**
 * The field errors of a refused write, for antd's `form.setFields`: each detail's `body.<path>`
 * (`body.limits.2.outletCode` → ['limits', 2, 'outletCode']) with the reason in the user's language.
 * A module refusal (OUTLET_EXISTS, PERMIT_EXISTS) is worded by its own code; a validation issue by
 * its code (OUTLET_NOT_FOUND, DUPLICATE_LIMIT, zod's too_big …), never by the server's English.
 * Details outside the body (or another error) give nothing: the global notifier shows those.
 */
export function fieldErrorsOf(error: unknown, t: TFunction): FieldError[] {
  if (!isApiError(error)) return [];
  return detailsOf(error.details).flatMap((d) => {
    const [root, ...rest] = d.path.split('.');
    if (root !== 'body' || rest.length === 0) return [];
    const name = rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const text = error.code === 'VALIDATION_FAILED' ? fieldIssueWords(d, t) : words(t, `errors.${error.code}`);
    return [{ name, errors: [text ?? t('errors.VALIDATION_FAILED')] }];
  });
}

/**
 * One line for a refused write whose reasons are pinned to fields, worded from the codes only:
 * "[VALIDATION_FAILED] 输入校验未通过: 同一许可证、排放口和污染物的限值重复". Null when no field is named
 * (the app's notifier words those).
 */
export function fieldFailureText(error: unknown, t: TFunction): string | null {
  const fields = fieldErrorsOf(error, t);
  if (!isApiError(error) || fields.length === 0) return null;
  const reasons = [...new Set(fields.flatMap((f) => f.errors))];
  const head = t(`errors.${error.code}`, { defaultValue: error.code });
  const message = reasons.length === 1 && reasons[0] === head ? head : `${head}: ${reasons.join('；')}`;
  return t('errors.withCode', { code: error.code, message });
}

/**
 * Shows a refused write's field errors beside the fields of `form`. The server's paths are not typed
 * by the form's values (a path the form lacks is simply not shown beside anything; the toast has it).
 */
export function showFieldErrors<V>(form: FormInstance<V>, error: unknown, t: TFunction): void {
  const fields = fieldErrorsOf(error, t);
  if (fields.length > 0) form.setFields(fields as Parameters<FormInstance<V>['setFields']>[0]);
}
