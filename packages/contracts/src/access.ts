/** Permissions are `<module>:<action>`; roles grant sets of them. */
export const PERMISSIONS = [
  'orgs:read',
  'orgs:write',
  'users:read',
  'users:write',
  'roles:read',
  'audit:read',
  'dictionaries:read',
  'dictionaries:write',
  'stats:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** How far a role reaches: everything, the own organisation and below, the own organisation, own records. */
export const DATA_SCOPES = ['all', 'subtree', 'org', 'own'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Wider scopes first: the index orders them. */
export function scopeRank(scope: DataScope): number {
  return DATA_SCOPES.length - DATA_SCOPES.indexOf(scope);
}

export const ROLE_CODES = [
  'admin',
  'leader',
  'division_officer',
  'city_officer',
  'analyst',
  'inspector',
  'enterprise_user',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];
