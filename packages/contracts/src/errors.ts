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
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export type ErrorEnvelope = {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code];
  }
}
