import type { Permission } from '@ecocloud/contracts';

/** The work plan permissions the server grants (migration 0003) plus the shared calendar's. */
export type WorkplanPermission =
  | 'workplan:read'
  | 'workplan:write'
  | 'workplan:report'
  | 'workplan:supervise'
  | 'workplan:approve'
  | 'workplan:admin'
  | 'calendar:write';

/**
 * As a `Permission` for the shell's guards. The contracts' PERMISSIONS list does not name the
 * work plan permissions (the server types them by shape); once it does, this cast can go.
 */
export function asWorkplanPermission(permission: WorkplanPermission): Permission {
  return permission as Permission;
}
