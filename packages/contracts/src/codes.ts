/**
 * Codes the server sends for the web to put into words: import row errors, quarantine reasons,
 * audit actions (the permissions roles grant are in `permissions.ts`). The server's types are built from these lists
 * (a new code is a compile error until it is added here) and the web's catalogue test checks that
 * zh-CN and en translate every one of them.
 */

/** `code` of a row-level import error (`ImportRowError`); `message` carries the details in English. */
export const IMPORT_ROW_ERROR_CODES = [
  'INVALID',
  'REQUIRED',
  'DUPLICATE',
  'NOT_A_NUMBER',
  'NOT_INTEGER',
  'BAD_TIME',
  'OUT_OF_SCOPE',
  'UNKNOWN_COLUMN',
  'UNKNOWN_KIND',
  'UNKNOWN_LABEL',
  'UNKNOWN_STATION',
  'UNKNOWN_REGION',
  'AMBIGUOUS_REGION',
  'REGION_NOT_COVERED',
  'USCC_FORMAT',
  'USCC_CHECK_DIGIT',
  'UNKNOWN_INDUSTRY',
  'VALID_TO_BEFORE_FROM',
  'DUPLICATE_LIMIT',
  'CONFLICTING_ROWS',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERROR_CODES)[number];

/**
 * `reasonCode` of a quarantined packet or MQTT message: the codec's errors and junk reasons (package
 * `@ecocloud/hj212`), the gateway's own refusals and those of MQTT ingestion.
 */
export const QUARANTINE_REASON_CODES = [
  'HJ212_NO_HEADER',
  'HJ212_NO_TAIL',
  'HJ212_BAD_LENGTH',
  'HJ212_LENGTH_MISMATCH',
  'HJ212_BAD_CRC',
  'HJ212_CRC_MISMATCH',
  'HJ212_FRAME_TOO_LARGE',
  'HJ212_BAD_CHAR',
  'HJ212_BAD_FIELD',
  'HJ212_MISSING_FIELD',
  'HJ212_BAD_CP',
  'HJ212_DATA_TOO_LONG',
  'HJ212_TRUNCATED',
  'HJ212_INCOMPLETE',
  'HJ212_INVALID',
  'HJ212_NOT_DATA',
  'HJ212_BAD_DATATIME',
  'HJ212_FIELD_TOO_LONG',
  'HJ212_UNKNOWN_MN',
  'HJ212_BAD_PASSWORD',
  'HJ212_DEVICE_DISABLED',
  'HJ212_ST_MISMATCH',
  'HJ212_SPLIT_INVALID',
  'HJ212_SPLIT_TIMEOUT',
  'HJ212_SPLIT_EVICTED',
  'HJ212_APPLY_REFUSED',
  'MQTT_BAD_JSON',
  'MQTT_BAD_PAYLOAD',
  'MQTT_UNKNOWN_STATION',
  /** Not a quarantine reason: the packet inspector's name for bytes outside any frame. */
  'HJ212_JUNK',
] as const;
export type QuarantineReasonCode = (typeof QUARANTINE_REASON_CODES)[number];

/** Every `action` the server writes to the audit log. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_locked',
  'auth.locked',
  'auth.logout',
  'auth.password_change',
  'platform.init',
  'org.create',
  'org.update',
  'user.create',
  'user.update',
  'user.password_reset',
  'user.unlock',
  'dictionary.entry.create',
  'dictionary.entry.update',
  'dictionary.entry.delete',
  'dictionary.import',
  'settings.map.replace',
  'calendar.put',
  'station.create',
  'station.update',
  'station.import',
  'device.create',
  'device.update',
  'observation.import',
  'alert.acknowledge',
  'apikey.create',
  'apikey.update',
  'apikey.delete',
  'assessment.target.create',
  'assessment.target.update',
  'assessment.target.delete',
  'workplan.plan.create',
  'workplan.plan.update',
  'workplan.plan.import',
  'workplan.item.create',
  'workplan.item.done',
  'workplan.item.reopen',
  'workplan.rounds.create',
  'workplan.report.submit',
  'workplan.report.approve',
  'workplan.report.return',
  'workplan.report.comment',
  'workplan.notice.issue',
  'workplan.notice.reply',
  'workplan.notice.escalate',
  'sources.clock_rules.put',
  'sources.report.submit',
  'sources.deadline_override.create',
  'sources.deadline_override.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every `entityType` of the audit log; dictionary entries are `dictionary:<code of the dictionary>`. */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'org',
  'dictionary',
  'setting',
  'calendar_day',
  'station',
  'stations',
  'device',
  'observations',
  'alert',
  'api_key',
  'assessment_target',
  'workplan_plan',
  'workplan_item',
  'workplan_report',
  'workplan_notice',
  'execution_report',
  'report_deadline_override',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number] | `dictionary:${string}`;

/** `code` of a field issue in a VALIDATION_FAILED error's `details` (zod's issue codes). */
export const FIELD_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];
