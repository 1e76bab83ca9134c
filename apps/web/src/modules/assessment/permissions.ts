import type { Permission } from '@ecocloud/contracts';

/** The assessment permissions the server grants and checks on each route. */
export type AssessmentPermission = 'assessment:read' | 'assessment:write' | 'apikeys:admin';

/**
 * As a `Permission` for the shell's guards. The contracts' PERMISSIONS list does not name the
 * assessment permissions (the server types them by shape); once it does, this cast can go.
 */
export function asAssessmentPermission(permission: AssessmentPermission): Permission {
  return permission as Permission;
}
