import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { scopePredicate } from '../../../platform/scope/data-scope';
import type {
  ComplaintEventsTable,
  ComplaintPhotosTable,
  ComplaintReportersTable,
  ComplaintsTable,
} from '../complaints.tables';

export type ComplaintRow = Selectable<ComplaintsTable>;
export type ComplaintEventRow = Selectable<ComplaintEventsTable>;

/**
 * Every read of a report goes through here with the actor's scope (the handling organisation's subtree);
 * `null` is the system (public lookup, demo, metrics). No query but `reporterOf`/`reportersOf` touches
 * complaint_reporters.
 */
function reports(db: Kysely<Database>, actor: Actor | null) {
  let q = db.selectFrom('complaints').selectAll('complaints');
  if (actor) q = q.where(scopePredicate(actor, { org: 'complaints.handling_org_id' }));
  return q;
}

export const findComplaint = (db: Kysely<Database>, actor: Actor | null, id: string) =>
  reports(db, actor).where('complaints.id', '=', id).executeTakeFirst();

export const findByTrackingCode = (db: Kysely<Database>, code: string) =>
  reports(db, null).where('complaints.tracking_code', '=', code).executeTakeFirst();

export type ComplaintFilter = {
  state?: string | undefined;
  kind?: string | undefined;
  regionPrefix?: string | undefined;
  /** Words of the description or address, or a tracking code (never the reporter's identity). */
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  enterpriseIds?: readonly string[] | undefined;
  /** A handed-over batch's 交办编号, exact. */
  handoverBatch?: string | undefined;
};

export function listComplaintRows(db: Kysely<Database>, actor: Actor | null, f: ComplaintFilter = {}) {
  let q = reports(db, actor);
  if (f.state) q = q.where('complaints.state', '=', f.state);
  if (f.kind) q = q.where('complaints.kind', '=', f.kind);
  if (f.regionPrefix) q = q.where('complaints.region_code', 'like', `${f.regionPrefix}%`);
  if (f.from) q = q.where('complaints.received_on', '>=', f.from);
  if (f.to) q = q.where('complaints.received_on', '<=', f.to);
  if (f.handoverBatch) q = q.where('complaints.handover_batch', '=', f.handoverBatch);
  if (f.enterpriseIds) {
    if (!f.enterpriseIds.length) return Promise.resolve([] as ComplaintRow[]);
    q = q.where('complaints.enterprise_id', 'in', [...f.enterpriseIds]);
  }
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb('complaints.description', 'like', like),
        eb('complaints.address', 'like', like),
        eb('complaints.tracking_code', '=', f.q!.toUpperCase()),
      ]),
    );
  }
  return q.orderBy('complaints.received_on', 'desc').orderBy('complaints.id').execute();
}

/** Open reports of the same kind in the same region since a day (merge candidates), the oldest first. */
export function openReportsLike(
  db: Kysely<Database>,
  actor: Actor | null,
  o: { kind: string; regionCode: string; since: string; excludeId: string },
) {
  return reports(db, actor)
    .where('complaints.kind', '=', o.kind)
    .where('complaints.region_code', '=', o.regionCode)
    .where('complaints.received_on', '>=', o.since)
    .where('complaints.id', '!=', o.excludeId)
    .where('complaints.state', 'in', ['received', 'accepted', 'answer_review'])
    .orderBy('complaints.received_on')
    .orderBy('complaints.id')
    .execute();
}

export const trackingCodeTaken = async (db: Kysely<Database>, code: string) =>
  Boolean(await db.selectFrom('complaints').select('id').where('tracking_code', '=', code).executeTakeFirst());

export const insertComplaint = (db: Kysely<Database>, row: Insertable<ComplaintsTable>) =>
  db.insertInto('complaints').values(row).execute();

export const insertReporter = (db: Kysely<Database>, row: Insertable<ComplaintReportersTable>) =>
  db.insertInto('complaint_reporters').values(row).execute();

export const insertPhoto = (db: Kysely<Database>, row: Insertable<ComplaintPhotosTable>) =>
  db.insertInto('complaint_photos').values(row).execute();

export const insertComplaintEvent = (db: Kysely<Database>, row: Insertable<ComplaintEventsTable>) =>
  db.insertInto('complaint_events').values(row).execute();

export const updateComplaint = (db: Kysely<Database>, id: string, patch: Updateable<ComplaintsTable>) =>
  db.updateTable('complaints').set(patch).where('id', '=', id).execute();

export const eventsOfComplaint = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('complaint_events')
    .selectAll()
    .where('complaint_id', '=', id)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const photoIdsOf = async (db: Kysely<Database>, id: string) =>
  (await db.selectFrom('complaint_photos').select('id').where('complaint_id', '=', id).orderBy('id').execute()).map(
    (r) => r.id,
  );

export const photoOf = (db: Kysely<Database>, complaintId: string, photoId: string) =>
  db
    .selectFrom('complaint_photos')
    .select(['content_type', 'data'])
    .where('complaint_id', '=', complaintId)
    .where('id', '=', photoId)
    .executeTakeFirst();

/** The reporter of one report: only the identity service calls it, after its checks. */
export const reporterOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('complaint_reporters')
    .select(['name', 'phone', 'email'])
    .where('complaint_id', '=', id)
    .executeTakeFirst();

/** The reporters of many reports: only an export by a holder of complaints:export_identity calls it. */
export async function reportersOf(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return new Map<string, Selectable<ComplaintReportersTable>>();
  const rows: Selectable<ComplaintReportersTable>[] = [];
  for (let i = 0; i < ids.length; i += 500)
    rows.push(
      ...(await db
        .selectFrom('complaint_reporters')
        .selectAll()
        .where('complaint_id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  return new Map(rows.map((r) => [r.complaint_id, r]));
}

export const anyComplaint = async (db: Kysely<Database>) =>
  Boolean(await db.selectFrom('complaints').select('id').limit(1).executeTakeFirst());

/** Substantiated answered reports per enterprise with the reply in [from, to] (merged duplicates have no reply of their own). */
export async function substantiatedCounts(
  db: Kysely<Database>,
  enterpriseIds: readonly string[] | null,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  if (enterpriseIds?.length === 0) return new Map();
  let q = db
    .selectFrom('complaints')
    .select(['enterprise_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('substantiated', '=', 1)
    .where('enterprise_id', 'is not', null)
    .where('replied_on', '>=', from)
    .where('replied_on', '<=', to)
    .groupBy('enterprise_id');
  if (enterpriseIds) q = q.where('enterprise_id', 'in', [...enterpriseIds]);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.enterprise_id!, Number(r.n)]));
}

/**
 * The answered reports of one handed-over batch replied on one day (the 交办件 daily publication). Only the
 * columns the publication shows are read; merged reports are left out (their lead carries the answer).
 */
export const answeredHandovers = (db: Kysely<Database>, batch: string, day: string, states: readonly string[]) =>
  db
    .selectFrom('complaints')
    .select(['id', 'kind', 'region_code', 'replied_on', 'substantiated', 'published_answer'])
    .where('handover_batch', '=', batch)
    .where('replied_on', '=', day)
    .where('state', 'in', [...states])
    .where('merged_into_id', 'is', null)
    .where('published_answer', 'is not', null)
    .orderBy('id')
    .execute();
