/**
 * The closed vocabulary of permissions: each module lists its own (`<MODULE>_PERMISSIONS`), and a
 * route rule, a role grant or a web guard can only name one of them. A mistyped permission is a
 * compile error, not a route nobody can open.
 */
import { PERMISSIONS, type Permission } from './access';
import { ASSESSMENT_PERMISSIONS, type AssessmentPermission } from './assessment';
import { COMPLAINTS_PERMISSIONS, type ComplaintsPermission } from './complaints';
import { COMPLIANCE_PERMISSIONS, type CompliancePermission } from './compliance';
import { CREDIT_PERMISSIONS, type CreditPermission } from './credit';
import { DEADLINE_PERMISSIONS, type DeadlinePermission } from './deadlines';
import { ENFORCEMENT_PERMISSIONS, type EnforcementPermission } from './enforcement';
import { RECTIFICATION_PERMISSIONS, type RectificationPermission } from './rectification';
import { MONITORING_PERMISSIONS, type MonitoringPermission } from './monitoring';
import { SOURCES_PERMISSIONS, type SourcesPermission } from './sources';
import { WORKPLAN_PERMISSIONS, type WorkplanPermission } from './workplan';

/** Every permission a role can grant (the roles page shows them by name). */
export const ALL_PERMISSIONS = [
  ...PERMISSIONS,
  ...MONITORING_PERMISSIONS,
  ...ASSESSMENT_PERMISSIONS,
  ...WORKPLAN_PERMISSIONS,
  ...DEADLINE_PERMISSIONS,
  ...SOURCES_PERMISSIONS,
  ...COMPLIANCE_PERMISSIONS,
  ...ENFORCEMENT_PERMISSIONS,
  ...CREDIT_PERMISSIONS,
  ...COMPLAINTS_PERMISSIONS,
  ...RECTIFICATION_PERMISSIONS,
] as const;

/** One permission of any module: the union of the per-module unions, with no `${string}:${string}` escape. */
export type AnyPermission =
  | Permission
  | MonitoringPermission
  | AssessmentPermission
  | WorkplanPermission
  | DeadlinePermission
  | SourcesPermission
  | CompliancePermission
  | EnforcementPermission
  | CreditPermission
  | ComplaintsPermission
  | RectificationPermission;

const KNOWN: ReadonlySet<string> = new Set(ALL_PERMISSIONS);

/** True when a stored or received string names a permission the code knows. */
export function isPermission(value: string): value is AnyPermission {
  return KNOWN.has(value);
}
