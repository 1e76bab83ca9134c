import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { publishError, type ErrorSource } from './error-bus';
import { isApiError } from './http';

/** Queries or mutations with `meta: { silent: true }` handle their own errors (e.g. the 401 of /auth/me). */
function isSilent(meta: Record<string, unknown> | undefined): boolean {
  return meta?.silent === true;
}

/**
 * The app's QueryClient: failures go to the error bus, and a 401 on any call means the session
 * ended (expiry, logout elsewhere), so the session is re-read and the guard sends the user to /login.
 */
export function createQueryClient(): QueryClient {
  const onAnyError = (error: unknown, meta: Record<string, unknown> | undefined, source: ErrorSource) => {
    if (isSilent(meta)) return;
    publishError(error, source);
    if (isApiError(error) && error.status === 401) void client.invalidateQueries({ queryKey: ['session'] });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onAnyError(error, query.meta, 'query') }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => onAnyError(error, mutation.meta, 'action'),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not heal by retrying; only network and server faults get one retry.
        retry: (count, error) => count < 1 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      },
    },
  });
  return client;
}
