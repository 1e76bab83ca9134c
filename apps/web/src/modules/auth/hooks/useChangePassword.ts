import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePassword, type ChangePasswordInput } from '../api';
import { SESSION_KEY } from './useSession';

/** Changes the own password, then re-reads the session (it may have been waiting for this change). */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => changePassword(input),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
