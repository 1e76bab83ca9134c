import { AppError, regionPrefix, type AnyPermission } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import type { AuditContext } from '../../../platform/audit/audit.service';
import { auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';

/** Today in Shanghai on the deps' clock. */
export const todayOf = (deps: Pick<ServiceDeps, 'clock'>): string => shanghaiDate(deps.clock.now().toISOString());

const SYSTEM: AuditContext = { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };
export const auditOf = (actor: Actor | null): AuditContext => (actor ? auditContextOf(actor) : SYSTEM);

/** Officers read with credit:read, enterprises with credit:disclose (their own units only, by scope). */
export function requireAny(actor: Actor, permissions: readonly AnyPermission[]): void {
  if (!permissions.some((p) => actor.permissions.has(p)))
    throw new AppError('FORBIDDEN', `needs one of ${permissions.join(', ')}`);
}

/** An enterprise user (credit:disclose without credit:read) sees only what is out of the draft. */
export const isEnterpriseUser = (actor: Actor): boolean =>
  actor.permissions.has('credit:disclose') && !actor.permissions.has('credit:read');

/** A region the actor may act for: its own region or below (the system and all-scope users: any). */
export function regionInReach(actor: Actor | null, regionCode: string): boolean {
  if (!actor || actor.scope === 'all') return true;
  return regionCode.startsWith(regionPrefix(actor.regionCode));
}

export const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};
