import { daysBetween } from '../../../platform/deadlines';

/**
 * The drawn list stays secret until the inspection (一单两库, list kept secret until inspection,
 * regulation reference §8 ☑): before the inspection date only the plan's owners see it; from that
 * day (Shanghai date, `shanghaiDate(clock.now())`) everyone allowed to read the plan does.
 * Scope and permissions are checked by the caller first; this only adds the secrecy.
 */
export function drawListVisible(
  viewerId: string,
  plan: { ownerIds: readonly string[]; inspectionDate: string },
  today: string,
): boolean {
  return plan.ownerIds.includes(viewerId) || daysBetween(plan.inspectionDate, today) >= 0;
}
