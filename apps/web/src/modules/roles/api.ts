import type { Role } from '@ecocloud/contracts';
import type { TFunction } from 'i18next';
import { http } from '../../lib/http';
import { roleText } from '../../i18n/code-text';

export function fetchRoles(): Promise<{ items: Role[]; total: number }> {
  return http<{ items: Role[]; total: number }>('/api/v1/roles');
}

/**
 * The role's name in the current locale: from the role list when the user may read it, else from
 * the catalogue (a city officer's user list has no role list; it must not show `city_officer`).
 */
export function roleLabel(code: string, roles: readonly Role[] | undefined, locale: string, t: TFunction): string {
  const role = roles?.find((r) => r.code === code);
  if (!role) return roleText(code, t);
  return locale === 'en' ? role.nameEn : role.name;
}
