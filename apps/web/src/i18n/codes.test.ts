import {
  ALL_PERMISSIONS,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  DATA_SCOPES,
  ERROR_CATALOGUE,
  FIELD_ISSUE_CODES,
  IMPORT_ROW_ERROR_CODES,
  PLAN_WARNING_CODES,
  QUARANTINE_REASON_CODES,
  ROLE_CODES,
  STATUS_REASON_CODES,
  TARGET_REASONS,
} from '@ecocloud/contracts';
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import type { Locale } from './locale';

/**
 * Every code the server sends, taken from the contracts' own lists (the server's types are built
 * from them), against the i18n key the web renders it by. A code added on the server without a
 * translation here fails this test, in either language.
 */
const CODE_KEYS: [list: string, keys: string[]][] = [
  ['error codes (ERROR_CATALOGUE)', Object.keys(ERROR_CATALOGUE).map((c) => `errors.${c}`)],
  ['import row errors (IMPORT_ROW_ERROR_CODES)', IMPORT_ROW_ERROR_CODES.map((c) => `importErrors.${c}`)],
  ['quarantine reasons (QUARANTINE_REASON_CODES)', QUARANTINE_REASON_CODES.map((c) => `quarantineReasons.${c}`)],
  ['audit actions (AUDIT_ACTIONS)', AUDIT_ACTIONS.map((a) => `auditActions.${a.replaceAll('.', '/')}`)],
  ['audit entity types (AUDIT_ENTITY_TYPES)', AUDIT_ENTITY_TYPES.map((e) => `auditEntities.${e}`)],
  ['permissions (ALL_PERMISSIONS)', ALL_PERMISSIONS.map((p) => `permissions.${p}`)],
  ['roles (ROLE_CODES)', ROLE_CODES.map((r) => `roleNames.${r}`)],
  ['data scopes (DATA_SCOPES)', DATA_SCOPES.map((s) => `roles.scopes.${s}`)],
  ['field issues (FIELD_ISSUE_CODES)', FIELD_ISSUE_CODES.map((c) => `fieldIssues.${c}`)],
  ['work-plan status reasons (STATUS_REASON_CODES)', STATUS_REASON_CODES.map((c) => `statusReasons.${c}`)],
  ['target reasons (TARGET_REASONS)', TARGET_REASONS.map((c) => `assessment.targets.reasons.${c}`)],
  ['plan import warnings (PLAN_WARNING_CODES)', PLAN_WARNING_CODES.map((c) => `workplan.importer.warningCodes.${c}`)],
];

describe.each<Locale>(['zh-CN', 'en'])('every server code has words in %s', (locale) => {
  const i18n = createI18n(locale);
  // The resource itself, not t(): t() would fall back to the other language or echo the key.
  const missing = (keys: string[]) =>
    keys.filter((key) => typeof i18n.getResource(locale, 'translation', key) !== 'string');

  it.each(CODE_KEYS)('%s', (_list, keys) => {
    expect(keys.length).toBeGreaterThan(0);
    expect(missing(keys)).toEqual([]);
  });
});
