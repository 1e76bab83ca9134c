import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ComplianceLeadsTable, ExceedanceEventsTable } from '../compliance.tables';

export type LeadRow = Selectable<ComplianceLeadsTable>;
type EventRow = Selectable<ExceedanceEventsTable>;

/** The lead raised under an idempotency key, if any. */
export function leadByKey(db: Kysely<Database>, sourceKey: string) {
  return db
    .selectFrom('compliance_leads')
    .select(['id', 'status', 'end'])
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
}

export async function extendLead(
  db: Kysely<Database>,
  id: string,
  set: { end: string; evidence: string; updated_at: string },
): Promise<void> {
  await db.updateTable('compliance_leads').set(set).where('id', '=', id).execute();
}

/** Inserts a lead; a concurrent scan that raised the same key first wins (the unique source_key). */
export async function insertLead(db: Kysely<Database>, row: Insertable<ComplianceLeadsTable>): Promise<void> {
  await db
    .insertInto('compliance_leads')
    .values(row)
    .onConflict((oc) => oc.column('source_key').doNothing())
    .execute();
}

/**
 * The earliest lead of the same kind, outlet, pollutant and sign kind that touches [startIso, endIso]
 * (overlapping or adjacent): a run seen again by a later scan whose window starts inside it.
 */
export function touchingLead(
  db: Kysely<Database>,
  l: { kind: string; outletId: string; pollutant: string; signKind: string; startIso: string; endIso: string },
) {
  return db
    .selectFrom('compliance_leads')
    .select(['start', 'end'])
    .where('kind', '=', l.kind)
    .where('outlet_id', '=', l.outletId)
    .where('pollutant', '=', l.pollutant)
    .where('sign_kind', '=', l.signKind)
    .where('start', '<=', l.endIso)
    .where('end', '>=', l.startIso)
    .orderBy('start')
    .limit(1)
    .executeTakeFirst();
}

/** Exceedance events of the outlets overlapping [fromIso, toIso). */
export function eventsOverlapping(
  db: Kysely<Database>,
  outletIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<EventRow[]> {
  if (!outletIds.length) return Promise.resolve([]);
  return db
    .selectFrom('exceedance_events')
    .selectAll()
    .where('outlet_id', 'in', [...outletIds])
    .where('start', '<', toIso)
    .where('end', '>', fromIso)
    .orderBy('start')
    .execute();
}

const SORT_COLUMNS = { start: 'start', createdAt: 'created_at', kind: 'kind' } as const;

type LeadFilter = {
  outletIds: readonly string[];
  status?: string | undefined;
  kind?: string | undefined;
};
export type LeadPage = LeadFilter & {
  page: number;
  pageSize: number;
  sort?: keyof typeof SORT_COLUMNS | undefined;
  order: 'asc' | 'desc';
};

function filtered(db: Kysely<Database>, f: LeadFilter) {
  let q = db.selectFrom('compliance_leads').where('outlet_id', 'in', [...f.outletIds]);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q;
}

/** A page of the leads of the given outlets (the caller's scope); newest start first unless sorted. */
export async function listLeads(db: Kysely<Database>, q: LeadPage): Promise<{ rows: LeadRow[]; total: number }> {
  if (!q.outletIds.length) return { rows: [], total: 0 };
  const base = filtered(db, q);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(sql.ref(SORT_COLUMNS[q.sort ?? 'start']), q.sort ? q.order : 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export function leadById(db: Kysely<Database>, id: string): Promise<LeadRow | undefined> {
  return db.selectFrom('compliance_leads').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves a lead from one of `from` to a new status; the status condition in the update makes two
 * concurrent transitions safe (the loser changes no row). Returns true when the row changed.
 */
export async function moveLead(
  db: Kysely<Database>,
  id: string,
  from: readonly string[],
  set: Partial<Pick<LeadRow, 'status' | 'reason' | 'question' | 'explanation' | 'updated_at' | 'updated_by'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('compliance_leads')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Leads still waiting for a person (open, asked, explained) per outlet, overlapping [fromIso, toIso). */
export async function pendingLeadsByOutlet(
  db: Kysely<Database>,
  outletIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<Map<string, number>> {
  if (!outletIds.length) return new Map();
  const rows = await db
    .selectFrom('compliance_leads')
    .select((eb) => ['outlet_id', eb.fn.countAll<number>().as('n')])
    .where('outlet_id', 'in', [...outletIds])
    .where('status', 'in', ['open', 'explanation_requested', 'explained'])
    .where('start', '<', toIso)
    .where('end', '>', fromIso)
    .groupBy('outlet_id')
    .execute();
  return new Map(rows.map((r) => [r.outlet_id, Number(r.n)]));
}
