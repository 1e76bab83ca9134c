import type { Kysely } from 'kysely';
import type { Permit, PermitEvent, PermitLimit } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { permitStatusOn, type PermitForStatus } from '../rules/permit-clocks';
import * as repo from './permits.repository';

const toLimit = (l: repo.LimitRow): PermitLimit => ({
  id: l.id,
  outletId: l.outlet_id,
  outletCode: l.outlet_code,
  pollutant: l.pollutant,
  limitType: l.limit_type as PermitLimit['limitType'],
  value: l.value,
  unit: l.unit,
  averagingPeriod: l.averaging_period,
  specialPeriod: l.special_period === '' ? null : l.special_period,
});

/** The permit on `today`: its stored status read with its dates (the rules' permitStatusOn). */
function stateOf(p: Pick<repo.PermitRow, 'status' | 'valid_from' | 'valid_to'>, today: string) {
  const state: PermitForStatus['state'] = p.status === 'valid' ? 'granted' : (p.status as PermitForStatus['state']);
  return permitStatusOn(today, { validFrom: p.valid_from, validTo: p.valid_to, state });
}

/** Permits as the API shows them, each with its limits. */
export async function toPermits(
  db: Kysely<Database>,
  rows: readonly repo.PermitRow[],
  today: string,
): Promise<Permit[]> {
  const limits = await repo.limitsOfPermits(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((p) => ({
    id: p.id,
    enterpriseId: p.enterprise_id,
    permitNo: p.permit_no,
    kind: p.kind as Permit['kind'],
    category: p.category as Permit['category'],
    issuer: p.issuer,
    validFrom: p.valid_from,
    validTo: p.valid_to,
    status: p.status as Permit['status'],
    state: stateOf(p, today),
    reportFrequencies: JSON.parse(p.report_frequencies) as Permit['reportFrequencies'],
    limits: limits.filter((l) => l.permit_id === p.id).map(toLimit),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));
}

/** Events as the API shows them, each with its documents (names and sizes). */
export async function toEvents(db: Kysely<Database>, rows: readonly repo.EventRow[]): Promise<PermitEvent[]> {
  const docs = await repo.documentsOfEvents(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((e) => ({
    id: e.id,
    permitId: e.permit_id,
    kind: e.kind as PermitEvent['kind'],
    eventDate: e.event_date,
    note: e.note,
    newValidTo: e.new_valid_to,
    documents: docs.filter((d) => d.event_id === e.id).map((d) => ({ id: d.id, filename: d.filename, size: d.size })),
    createdBy: e.created_by,
    createdAt: e.created_at,
  }));
}
