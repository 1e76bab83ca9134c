import type { Clock } from '../../../platform/clock';
import type { Actor } from '../../../http/actor';
import { auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import { shanghaiDate } from '../../../platform/time-zone';

/** The system as an audit actor: the CLI import and the demo seeder. */
const SYSTEM_CONTEXT: AuditContext = {
  actorId: null,
  actorName: 'system',
  actorOrgId: null,
  requestId: null,
  ip: null,
};

/** Who the audit entry names: the user, or the system when `actor` is null. */
export const auditWho = (actor: Actor | null): AuditContext => (actor ? auditContextOf(actor) : SYSTEM_CONTEXT);

/** Today in China (Asia/Shanghai), the day permit dates are read against. */
export const todayOf = (clock: Clock): string => shanghaiDate(clock.now().toISOString());
