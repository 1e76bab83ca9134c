import type { Permission } from '@ecocloud/contracts';

/** The monitoring permissions the server grants (migrations 0002, 0006) and checks on each route. */
export type MonitoringPermission =
  | 'stations:read'
  | 'stations:write'
  | 'devices:read'
  | 'devices:write'
  | 'observations:read'
  | 'observations:write'
  | 'observations:import'
  | 'alerts:read'
  | 'alerts:ack'
  | 'quarantine:read'
  | 'settings:write';

/**
 * As a `Permission` for the shell's guards. The contracts' PERMISSIONS list does not name the
 * monitoring permissions yet (the server types them as `${string}:${string}`); once it does,
 * this cast becomes a no-op and can go.
 */
export function asPermission(permission: MonitoringPermission): Permission {
  return permission as Permission;
}
