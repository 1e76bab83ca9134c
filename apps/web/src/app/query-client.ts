import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { publishError } from './error-bus';
import { isApiError } from './http';

/** Queries or mutations with `meta: { silent: true }` handle their own errors (e.g. the 401 of /auth/me). */
function isSilent(meta: Record<string, unknown> | undefined): boolean {
  return meta?.silent === true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!isSilent(query.meta)) publishError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!isSilent(mutation.meta)) publishError(error);
      },
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
}
