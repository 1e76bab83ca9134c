import { AppError } from '@ecocloud/contracts';
import { complaintClockSettingsOf, type ComplaintClockSettings } from '@ecocloud/standards';
import type { Actor } from '../../../http/actor';
import { loadCalendar, type WorkingCalendar } from '../../../platform/deadlines';
import { orgsByIds, provinceRegionCode } from '../../../platform/orgs/org-reads';
import { readSetting } from '../../../platform/settings/setting-reads';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { findComplaint, type ComplaintRow } from './complaints.repository';

/** What every clock needs: today in Shanghai, the working calendar and the jurisdiction's settings. */
export type ClockContext = { today: string; calendar: WorkingCalendar; settings: ComplaintClockSettings };

/** Setting `complaints.roll_rest_day` (JSON false turns it off): a last day on a rest day moves to the next working day. */
const ROLL_SETTING = 'complaints.roll_rest_day';

export async function clockContext(deps: ServiceDeps): Promise<ClockContext> {
  const [calendar, province, roll] = await Promise.all([
    loadCalendar(deps.db),
    provinceRegionCode(deps.db),
    readSetting(deps.db, ROLL_SETTING),
  ]);
  return {
    today: todayOf(deps),
    calendar,
    settings: complaintClockSettingsOf(province ?? '450000', { rollRestDayForward: roll !== 'false' }),
  };
}

export const todayOf = (deps: ServiceDeps) => shanghaiDate(deps.clock.now().toISOString());

const complaintNotFound = (id: string) => new AppError('COMPLAINT_NOT_FOUND', `report ${id} not found`);

/** A report in the actor's scope (its handling unit's subtree); anything else is 404, so scope does not leak. */
export async function complaintInReach(deps: ServiceDeps, actor: Actor, id: string): Promise<ComplaintRow> {
  const row = await findComplaint(deps.db, actor, id);
  if (!row) throw complaintNotFound(id);
  return row;
}

/** Names of the enterprises the reports name (the system reads the register: the report's scope already holds). */
export async function enterpriseNames(
  deps: ServiceDeps,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (!wanted.length) return new Map();
  const rows = await sourcesReads.enterprisesInReach(deps.db, null, { ids: wanted });
  return new Map(rows.map((e) => [e.id, e.name]));
}

/** Names of the handling units. */
export async function orgNames(deps: ServiceDeps, ids: readonly string[]): Promise<Map<string, string>> {
  const orgs = await orgsByIds(deps.db, [...new Set(ids)]);
  return new Map([...orgs.entries()].map(([id, o]) => [id, o.name]));
}
