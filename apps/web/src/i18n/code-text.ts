import type { StatusReason } from '@ecocloud/contracts';
import type { TFunction } from 'i18next';

/**
 * The server sends codes with parameters; these put them into the user's language. Each falls back
 * to what the server sent when a code has no translation (codes.test.ts keeps that from happening
 * for every code the contracts list).
 */
function translated(t: TFunction, key: string, values: Record<string, unknown> = {}): string | undefined {
  const text = t(key, { ...values, defaultValue: '' });
  return text === '' ? undefined : text;
}

/** A row error of an import report: its code in words (the server's English `message` is the fallback). */
export function importErrorText(
  e: { code: string; message: string; params?: Record<string, unknown> },
  t: TFunction,
): string {
  return translated(t, `importErrors.${e.code}`, e.params) ?? e.message;
}

/** Why a packet or message was quarantined. */
export function quarantineReasonText(code: string, fallback: string, t: TFunction): string {
  return translated(t, `quarantineReasons.${code}`) ?? fallback;
}

/** An audit action such as `workplan.report.submit` (stored with dots; keyed with `/`). */
export function auditActionText(action: string, t: TFunction): string {
  return translated(t, `auditActions.${action.replaceAll('.', '/')}`) ?? action;
}

/**
 * The kind of object an audit entry is about, and the code after a colon when there is one
 * (`dictionary:pollutant` → 数据字典 and `pollutant`).
 */
export function auditEntityText(entityType: string, t: TFunction): { label: string; detail: string | null } {
  const [kind = '', ...rest] = entityType.split(':');
  return {
    label: translated(t, `auditEntities.${kind}`) ?? entityType,
    detail: rest.length > 0 ? rest.join(':') : null,
  };
}

export function permissionText(permission: string, t: TFunction): string {
  return translated(t, `permissions.${permission}`) ?? permission;
}

export function roleText(code: string, t: TFunction): string {
  return translated(t, `roleNames.${code}`) ?? code;
}

/** Why a work-plan item has its status. */
export function statusReasonText(reason: StatusReason, t: TFunction): string {
  return translated(t, `statusReasons.${reason.code}`, reason.params) ?? reason.code;
}

export type FieldIssue = { path: string; message: string; code?: string; params?: Record<string, unknown> };

/**
 * A refused field's reason in words, from its code only: zod's codes by what they bound (string,
 * number, array), a module's reason by its import-row code (`DUPLICATE_LIMIT`, `USCC_CHECK_DIGIT` with the
 * expected character) or its error code (`OUTLET_NOT_FOUND`). Undefined when
 * the code has no words.
 */
export function fieldIssueWords(issue: Omit<FieldIssue, 'path' | 'message'>, t: TFunction): string | undefined {
  const params = issue.params ?? {};
  const origin = typeof params.origin === 'string' ? params.origin : '';
  const code = issue.code ?? '';
  if (!code) return undefined;
  return (
    (origin ? translated(t, `fieldIssues.${code}_${origin}`, params) : undefined) ??
    translated(t, `fieldIssues.${code}`, params) ??
    translated(t, `importErrors.${code}`, params) ??
    translated(t, `errors.${code}`, params)
  );
}

/**
 * One refused field of a VALIDATION_FAILED error: "newPassword: 至少 10 个字符". An issue whose code
 * has no words keeps the server's message.
 */
export function fieldIssueText(issue: FieldIssue, t: TFunction): string {
  const field = issue.path.replace(/^(body|query|params|querystring)\.?/, '');
  const words = fieldIssueWords(issue, t) ?? issue.message;
  return field ? `${field}: ${words}` : words;
}
