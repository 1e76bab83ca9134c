import { z } from 'zod';

/**
 * The one error catalogue: every coded error the API can return, with its HTTP status.
 * Services throw `AppError(code, …)`; the server's error handler looks the status up here.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  /** An import file that cannot be read: not a zip/XLSX, truncated, or not valid text. */
  IMPORT_FILE_MALFORMED: 400,
  /** An import file beyond the bounds of a parse (uncompressed size, entries, rows or cells). */
  IMPORT_FILE_TOO_LARGE: 400,
  /** A CSV in an encoding that is neither UTF-8 nor GB18030/GBK. */
  IMPORT_FILE_ENCODING: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  /** A progress report under a unit that neither leads nor co-leads the item. */
  UNIT_NOT_RESPONSIBLE: 403,
  /** The account must change its password (created or reset by an admin) before anything else. */
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** No organisation covers a record's region (the province was never set up: `ecocloud init`). */
  REGION_NOT_COVERED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  // Module-level codes: the web words each differently, so the user knows what to look for or do.
  /** A station's region is outside the caller's data scope (creating or moving a station there). */
  STATION_OUTSIDE_SCOPE: 403,
  /** A role to grant is wider (scope or permissions) than the granter's own roles. */
  ROLE_BEYOND_GRANTER: 403,
  STATION_NOT_FOUND: 404,
  DEVICE_NOT_FOUND: 404,
  ALERT_NOT_FOUND: 404,
  /** A region outside the caller's data scope, or unknown: both answer 404 so that scope does not leak. */
  REGION_NOT_FOUND: 404,
  /** The region has no air evaluation stations, so there is no assessment for it. */
  REGION_NOT_EVALUATED: 404,
  JOB_NOT_FOUND: 404,
  TARGET_NOT_FOUND: 404,
  API_KEY_NOT_FOUND: 404,
  /** An organisation that does not exist or lies outside the caller's data scope. */
  ORG_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  DICTIONARY_NOT_FOUND: 404,
  DICTIONARY_ENTRY_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  /** Merging items that are not siblings: another plan or another parent (details name each, code OTHER_PLAN / OTHER_PARENT). */
  ITEM_MERGE_NOT_SIBLINGS: 409,
  /** Merging items on which the same unit reported in the same round: one report per round, item and unit. */
  ITEM_MERGE_REPORTS_OVERLAP: 409,
  /** A responsible unit that does not exist or that the caller cannot act for. */
  UNIT_NOT_FOUND: 404,
  INDICATOR_NOT_FOUND: 404,
  /** A metric key no module publishes (the work plan's metric preview). */
  METRIC_NOT_FOUND: 404,
  ROUND_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  ATTACHMENT_NOT_FOUND: 404,
  NOTICE_NOT_FOUND: 404,
  MONTHLY_REPORT_NOT_FOUND: 404,
  /** A step the monthly report's state does not allow (recompiling an approved report, approving a draft, …). */
  MONTHLY_REPORT_STATE_CONFLICT: 409,
  ENTERPRISE_NOT_FOUND: 404,
  OUTLET_NOT_FOUND: 404,
  PERMIT_NOT_FOUND: 404,
  /** The unified social credit code's check character is wrong (details name the expected one). */
  USCC_CHECK_DIGIT: 400,
  /** An enterprise with this credit code, an outlet code or a permit number already exists. */
  ENTERPRISE_EXISTS: 409,
  OUTLET_EXISTS: 409,
  PERMIT_EXISTS: 409,
  /** A permit event that its state does not allow (renewing a revoked permit, …). */
  PERMIT_STATE_CONFLICT: 409,
  /** An execution report for a period that is folded into another or not yet over. */
  REPORT_PERIOD_INVALID: 400,
  /** A compliance lead that does not exist or whose outlet lies outside the caller's scope. */
  LEAD_NOT_FOUND: 404,
  /** A triage step the lead's status does not allow (dismissing a lead already turned into a case, …). */
  LEAD_STATE_CONFLICT: 409,
  CASE_NOT_FOUND: 404,
  /** An event the case's state does not allow (serving a decision not yet made, …). */
  CASE_STATE_CONFLICT: 409,
  /** An event the law's clocks refuse (an extension beyond its maximum, a day before a recorded step, …). */
  CASE_EVENT_INVALID: 400,
  /** The act was found after the limitation period (Code art. 1054): no penalty may be decided. */
  CASE_LIMITATION_EXPIRED: 409,
  /** No discretion table or legal basis fits the case (the table is for another violation, no law governed the act …). */
  PENALTY_NOT_ASSESSABLE: 400,
  /** A draw plan that does not exist or lies outside the caller's scope. */
  INSPECTION_PLAN_NOT_FOUND: 404,
  /** A draw plan the inputs refuse (a region outside the caller's, an inspection day in the past, no units …). */
  INSPECTION_PLAN_INVALID: 400,
  /** A plan for this organisation, region and period exists already (no redraw to pick a better list). */
  INSPECTION_PLAN_EXISTS: 409,
  /** Publishing a drawn list before its inspection date. */
  INSPECTION_PLAN_NOT_DUE: 409,
  /** A user who is not an inspector of the caller's organisation tree. */
  INSPECTOR_NOT_FOUND: 404,
  /** A punishment record that does not exist or whose enterprise lies outside the caller's scope. */
  CREDIT_RECORD_NOT_FOUND: 404,
  /** The enforcement case has a punishment record already. */
  CREDIT_RECORD_EXISTS: 409,
  /** The enforcement case has no decision (yet): no punishment record to publish. */
  CREDIT_CASE_NOT_DECIDED: 409,
  /** A repair request before the earliest repair date (the minimum publication period is not over). */
  REPAIR_NOT_YET_ALLOWED: 409,
  /** A repair request for a record not published today (never published, removed, or repaired already). */
  REPAIR_NOT_PUBLISHED: 409,
  /** The record has a repair request waiting for its decision. */
  REPAIR_REQUEST_PENDING: 409,
  REPAIR_REQUEST_NOT_FOUND: 404,
  /** Approving a repair while a duty (fine paid, correction verified) is not met. */
  REPAIR_DUTIES_UNMET: 409,
  /** The repair request has been decided already. */
  REPAIR_REQUEST_DECIDED: 409,
  /** A rectification batch or problem that does not exist or lies outside the caller's scope. */
  RECTIFICATION_NOT_FOUND: 404,
  /** A step the problem's state does not allow (closing before the higher acceptance, a rebound of an open problem …). */
  RECTIFICATION_STATE_CONFLICT: 409,
  /** Closing a problem before its public notice period has run out. */
  RECTIFICATION_NOTICE_RUNNING: 409,
  /** A supervision notice (督办) on a problem that has an unanswered one already. */
  RECTIFICATION_SUPERVISION_OPEN: 409,
  /** A reply to a supervision notice that has been answered already. */
  RECTIFICATION_SUPERVISION_REPLIED: 409,
  /** An inspection record that does not exist or whose unit lies outside the caller's scope. */
  INSPECTION_RECORD_NOT_FOUND: 404,
  /** A record the rules refuse (a unit not drawn by the plan, a visit of a positive-list unit without a reason, …). */
  INSPECTION_RECORD_INVALID: 400,
  /** A photo or signature that is too large or not a PNG, JPEG or WebP image. */
  INSPECTION_ATTACHMENT_REFUSED: 400,
  /** The draft id belongs to another user's record, or the record's findings already became a case / it has none. */
  INSPECTION_RECORD_CONFLICT: 409,
  /** A rating run that does not exist or lies outside the caller's region. */
  CREDIT_RUN_NOT_FOUND: 404,
  CREDIT_RATING_NOT_FOUND: 404,
  CREDIT_RUN_EXISTS: 409,
  /** A step the run's stage does not allow (publishing with open objections, objecting outside the window …). */
  CREDIT_RUN_STATE_CONFLICT: 409,
  CREDIT_OBJECTION_NOT_FOUND: 404,
  CREDIT_SCHEME_INVALID: 400,
  DISCLOSURE_LIST_CONFLICT: 409,
  DISCLOSURE_REPORT_INVALID: 400,
  /** A report that does not exist or lies outside the caller's scope; an unknown or malformed tracking code too. */
  COMPLAINT_NOT_FOUND: 404,
  /** A step the report's state does not allow (answering a report not yet accepted, rating twice, …). */
  COMPLAINT_STATE_CONFLICT: 409,
  /** The reporter's identity is for the officers of the handling unit, exports of it need its own permission. */
  COMPLAINT_IDENTITY_FORBIDDEN: 403,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * The one shape of `error.details`: a list of issues, each pinned to where it is. Validation, scope
 * and conflict refusals, import file refusals and account locks all use it, so the web reads one shape.
 */
export const ErrorDetailSchema = z.object({
  path: z
    .string()
    .describe(
      'Where the issue is: `body.<field>`, `querystring.<field>`, `params.<field>`, `file`; empty for the whole request',
    ),
  message: z.string().describe('The issue in English, for logs and for codes the web has no wording for'),
  code: z
    .string()
    .optional()
    .describe(
      "What is wrong, for the web to word: a zod issue code (FIELD_ISSUE_CODES) or a module's reason code (`ZIP_CORRUPT` …)",
    ),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe(
      'Values the wording needs: bounds (`minimum`, `maximum`), `format`, or the refused values (`roles`, `lockedUntil`)',
    ),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
export const ErrorDetailsSchema = z.array(ErrorDetailSchema);
export type ErrorDetails = z.infer<typeof ErrorDetailsSchema>;

export type ErrorEnvelope = {
  error: { code: ErrorCode; message: string; details?: ErrorDetails; requestId: string };
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code];
  }
}
