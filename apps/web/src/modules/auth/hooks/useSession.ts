import type { Me, Session } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSession, login, logout, type LoginInput } from '../api';

export const SESSION_KEY = ['session'] as const;

/** The logged-in user (null when logged out). `isLoading` is true only until the first answer. */
export function useSession(): { me: Me | null; isLoading: boolean } {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, meta: { silent: true }, staleTime: 60_000 });
  return { me: query.data?.user ?? null, isLoading: query.isPending };
}

/**
 * The session as far as this tab already knows it (after a login or a visit to the app), without
 * asking the server: the public portal uses it so an anonymous visitor's pages never call
 * /auth/me (a 401 the browser logs on every page). Null when unknown.
 */
export function useKnownSession(): Me | null {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    meta: { silent: true },
    staleTime: 60_000,
    enabled: false,
  });
  return query.data?.user ?? null;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (session: Session) => {
      // Data cached for a previous user must never show for the next one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}
