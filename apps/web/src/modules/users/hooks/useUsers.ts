import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createUser,
  fetchUsers,
  unlockUser,
  updateUser,
  type CreateUserInput,
  type UpdateUserInput,
  type UserListQuery,
} from '../api';

const USERS_KEY = ['users'] as const;

/** Keeps the previous page on screen while the next loads, so paging does not flash empty. */
export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: [...USERS_KEY, query],
    queryFn: () => fetchUsers(query),
    placeholderData: keepPreviousData,
  });
}

function useUsersMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }) });
}

export function useCreateUser() {
  return useUsersMutation((input: CreateUserInput) => createUser(input));
}

export function useUpdateUser() {
  return useUsersMutation(({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input));
}

export function useUnlockUser() {
  return useUsersMutation((id: string) => unlockUser(id));
}
