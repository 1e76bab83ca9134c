import type { SupervisionNotice } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { dueState, loadCalendar, type WorkingCalendar } from '../../../platform/deadlines';
import { orgsByIds, type OrgSummary } from '../../../platform/orgs/org-reads';
import { regionsWithCounties } from '../../../platform/provinces/county-regions';
import { listBatches } from '../ledger/ledger.repository';
import type { NoticeRow } from './supervision.repository';

export type History = SupervisionNotice['history'];

/** What the views of a set of notices need, read once per request. */
export type NoticeNames = {
  now: Date;
  calendar: WorkingCalendar;
  regions: ReadonlyMap<string, string>;
  orgs: ReadonlyMap<string, OrgSummary>;
  batches: ReadonlyMap<string, string>;
};

export async function noticeNames(db: Kysely<Database>, now: Date, rows: readonly NoticeRow[]): Promise<NoticeNames> {
  const [calendar, regions, orgs, batches] = await Promise.all([
    loadCalendar(db),
    regionsWithCounties(db),
    orgsByIds(
      db,
      rows.map((r) => r.org_id),
    ),
    listBatches(db),
  ]);
  return {
    now,
    calendar,
    regions: new Map(regions.map((e) => [e.code, e.label])),
    orgs,
    batches: new Map(batches.map((b) => [b.id, b.name])),
  };
}

/**
 * The addressed unit answers, or an organisation above it (a city bureau for its county's unit), with
 * rectification:write; by the organisation tree, not the data scope, so that a division of the department
 * does not answer for a city.
 */
function mayReply(actor: Actor, org: OrgSummary | undefined): boolean {
  return Boolean(org) && actor.permissions.has('rectification:write') && org!.path.startsWith(actor.orgPath);
}

export function toNotice(r: NoticeRow, n: NoticeNames, actor: Actor | null): SupervisionNotice {
  const org = n.orgs.get(r.org_id);
  const isOpen = r.state === 'open';
  return {
    id: r.id,
    problemId: r.problem_id,
    batchName: n.batches.get(r.batch_id) ?? '',
    itemNo: r.item_no,
    problem: r.problem,
    regionCode: r.region_code,
    regionName: n.regions.get(r.region_code) ?? r.region_code,
    orgId: r.org_id,
    orgName: org?.name ?? '',
    reason: r.reason,
    level: r.level,
    replyDue: r.reply_due,
    dueState: isOpen ? dueState(r.reply_due, n.now, { calendar: n.calendar }) : 'ok',
    state: r.state as SupervisionNotice['state'],
    reply: r.reply,
    repliedAt: r.replied_at,
    repliedBy: r.replied_by_name,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by_name,
    history: JSON.parse(r.history) as History,
    canReply: isOpen && actor !== null && mayReply(actor, org),
  };
}
