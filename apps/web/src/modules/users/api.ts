import type { RoleCode, User } from '@ecocloud/contracts';
import { http } from '../../lib/http';

export type UserListQuery = {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
  q?: string;
  orgId?: string;
};
export type CreateUserInput = {
  username: string;
  displayName: string;
  orgId: string;
  roles: RoleCode[];
  password: string;
};
export type UpdateUserInput = { displayName?: string; roles?: RoleCode[]; isActive?: boolean; orgId?: string };

/** Sort keys the users list accepts (USER_SORT_KEYS on the server). */
export const USER_SORT_KEYS = ['username', 'displayName', 'createdAt'] as const;

/** One page of the users within the caller's data scope. */
export function fetchUsers(query: UserListQuery): Promise<{ items: User[]; total: number }> {
  return http('/api/v1/users', { query });
}

export function createUser(input: CreateUserInput): Promise<User> {
  return http<User>('/api/v1/users', { method: 'POST', body: input });
}

export function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  return http<User>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function unlockUser(id: string): Promise<void> {
  return http<void>(`/api/v1/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

/** Locked means a lock time still in the future; a past lock has expired by itself. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: number = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}
