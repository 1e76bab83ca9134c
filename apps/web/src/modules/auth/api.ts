import type { AnyPermission, Me, Session } from '@ecocloud/contracts';
import { http, isApiError, setCsrfToken } from '../../lib/http';

export type LoginInput = { username: string; password: string };
export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** The current session, or null when nobody is logged in (401 is an answer here, not an error). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await http<Session>('/api/v1/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: LoginInput): Promise<Session> {
  const session = await http<Session>('/api/v1/auth/login', { method: 'POST', body: input });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await http<void>('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return http<void>('/api/v1/auth/password', { method: 'POST', body: input });
}

/** True when the user holds the permission; menus and buttons use it, the server enforces it. */
export function hasPermission(me: Me | null | undefined, permission: AnyPermission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
