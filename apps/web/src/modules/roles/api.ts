import type { Role } from '@ecocloud/contracts';
import { http } from '../../app/http';

export function fetchRoles(): Promise<{ items: Role[]; total: number }> {
  return http<{ items: Role[]; total: number }>('/api/v1/roles');
}

/** The role's name in the current locale; falls back to the code for roles the list lacks. */
export function roleLabel(code: string, roles: readonly Role[] | undefined, locale: string): string {
  const role = roles?.find((r) => r.code === code);
  if (!role) return code;
  return locale === 'en' ? role.nameEn : role.name;
}
