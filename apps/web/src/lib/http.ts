/**
 * The one way the web app talks to the API: JSON in and out, the session cookie sent on
 * same-origin requests, the CSRF token on every state-changing call, and every failure
 * turned into an ApiError carrying the server's error code.
 */
// The catalogue alone, not the package index: the shell's first chunk then carries no schemas.
import { ERROR_CATALOGUE, type ErrorCode } from '@ecocloud/contracts/errors';

/**
 * The code of a failed call: one of the server's catalogue (typed from it, so a code added there
 * is known here) or NETWORK_ERROR, which only the client raises (the request never got an answer).
 */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export type ApiErrorShape = {
  status: number;
  code: ApiErrorCode;
  message: string;
  details?: unknown;
  requestId?: string | null;
};

/** A failed API call. `status` 0 means the request never reached the server (code NETWORK_ERROR). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor({ status, code, message, details, requestId }: ApiErrorShape) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId ?? null;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

// Codes for error responses that did not come from our error handler (a proxy, a crash page).
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'ACCOUNT_LOCKED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

function codeOfStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? 'INTERNAL';
}

/**
 * Maps an HTTP error response body to an ApiError. A body of the form
 * `{ error: { code, message, details?, requestId } }` is taken as is; anything else gets a code
 * derived from the status so the UI can still show a coded message. So does an envelope whose code
 * the catalogue does not know (a server newer than the page): its message is kept.
 */
export function toApiError(status: number, body: unknown, statusText = ''): ApiError {
  const envelope = (body as { error?: unknown } | null)?.error;
  if (typeof envelope === 'object' && envelope !== null) {
    const e = envelope as Record<string, unknown>;
    if (typeof e.code === 'string') {
      return new ApiError({
        status,
        code: isErrorCode(e.code) ? e.code : codeOfStatus(status),
        message: typeof e.message === 'string' ? e.message : statusText,
        details: e.details,
        requestId: typeof e.requestId === 'string' ? e.requestId : null,
      });
    }
  }
  return new ApiError({ status, code: codeOfStatus(status), message: statusText || `HTTP ${status}` });
}

let csrfToken: string | null = null;

/** The session hands out the token at login and on /auth/me; logout clears it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export type QueryValue = string | number | boolean | null | undefined;
type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type HttpOptions = {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  /** A FormData body goes out as multipart; anything else is sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
};

/** Appends the defined, non-empty query values; the API treats absent and empty alike. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Calls the API. Resolves with the parsed JSON body (undefined for 204); rejects with ApiError. */
export async function http<T>(path: string, options: HttpOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary itself
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) });
  }
  const parsed = await readBody(response);
  if (!response.ok) throw toApiError(response.status, parsed, response.statusText);
  return parsed as T;
}
