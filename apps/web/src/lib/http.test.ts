import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, http, setCsrfToken, toApiError } from './http';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('toApiError', () => {
  it('takes code, message, details and requestId from the error envelope', () => {
    const details = [{ path: 'username', message: 'too short' }];
    const err = toApiError(400, {
      error: { code: 'VALIDATION_FAILED', message: 'invalid body', details, requestId: 'req-1' },
    });
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid body',
      details,
      requestId: 'req-1',
    });
  });

  it('derives a code from the status when the body is not an envelope', () => {
    expect(toApiError(429, '<html>slow down</html>', 'Too Many Requests')).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too Many Requests',
    });
    expect(toApiError(502, undefined)).toMatchObject({ code: 'INTERNAL', status: 502 });
  });

  it('types the code from the catalogue: an unknown one becomes the status code, the message stays', () => {
    const err = toApiError(409, { error: { code: 'NEWER_THAN_THE_PAGE', message: 'taken', requestId: 'r2' } });
    expect(err).toMatchObject({ status: 409, code: 'CONFLICT', message: 'taken', requestId: 'r2' });
    expect(toApiError(418, { error: { code: 'TEAPOT', message: 'short and stout' } })).toMatchObject({
      code: 'INTERNAL',
      message: 'short and stout',
    });
    expect(toApiError(403, { error: { code: 'CSRF_FAILED', message: 'x' } }).code).toBe('CSRF_FAILED');
  });
});

describe('http', () => {
  it('throws the envelope as ApiError for an error response', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(423, { error: { code: 'ACCOUNT_LOCKED', message: 'locked', requestId: 'r9' } })),
    );
    const failure = http('/api/v1/auth/login', { method: 'POST', body: { username: 'a', password: 'b' } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED', requestId: 'r9' });
  });

  it('sends the CSRF token on non-GET only, with same-origin credentials and a JSON body', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-123');
    await http('/api/v1/users', { query: { page: 2, q: '' } });
    await http('/api/v1/users/u1', { method: 'PATCH', body: { isActive: false } });

    const [getUrl, getInit] = fetchMock.mock.calls[0]!;
    expect(getUrl).toBe('/api/v1/users?page=2');
    expect((getInit.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect(getInit.credentials).toBe('same-origin');

    const [, patchInit] = fetchMock.mock.calls[1]!;
    expect((patchInit.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-123');
    expect((patchInit.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(patchInit.body).toBe('{"isActive":false}');
  });

  it('resolves JSON bodies and undefined for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { items: [], total: 0 })),
    );
    await expect(http('/api/v1/roles')).resolves.toEqual({ items: [], total: 0 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(http('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('maps a failed connection to NETWORK_ERROR with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(http('/api/health')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('buildUrl', () => {
  it('skips empty values and appends to an existing query', () => {
    expect(buildUrl('/x', { a: 1, b: undefined, c: null, d: '', e: false })).toBe('/x?a=1&e=false');
    expect(buildUrl('/x?y=1', { z: 'a b' })).toBe('/x?y=1&z=a+b');
    expect(buildUrl('/x')).toBe('/x');
  });
});
