import { randomUUID } from 'node:crypto';
import type { LeadKind } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** What a detector, the judge or the missing-data check knows of a lead. */
export type NewLead = {
  kind: LeadKind;
  /** The sign detector's kind; '' for other kinds. */
  signKind?: string;
  outletId: string;
  enterpriseId: string;
  pollutant?: string;
  /** ISO instants. */
  start: string;
  end: string;
  evidence: Record<string, unknown>;
  act?: string;
};

/** The idempotency key of a lead: one lead per kind, outlet, pollutant, sign kind and start. */
export const leadKey = (l: NewLead): string =>
  [l.kind, l.outletId, l.pollutant ?? '', l.signKind ?? '', l.start].join('|');

/**
 * Raises a lead unless the same one exists (re-running a scan never duplicates a lead nor reopens one a
 * person has triaged); an open lead found again with a later end is extended. Returns true when new.
 */
export async function raiseLead(db: Kysely<Database>, lead: NewLead, nowIso: string): Promise<boolean> {
  const key = leadKey(lead);
  const existing = await db
    .selectFrom('compliance_leads')
    .select(['id', 'status', 'end'])
    .where('source_key', '=', key)
    .executeTakeFirst();
  if (existing) {
    if (existing.status === 'open' && lead.end > existing.end)
      await db
        .updateTable('compliance_leads')
        .set({ end: lead.end, evidence: JSON.stringify(lead.evidence), updated_at: nowIso })
        .where('id', '=', existing.id)
        .execute();
    return false;
  }
  await db
    .insertInto('compliance_leads')
    .values({
      id: randomUUID(),
      kind: lead.kind,
      sign_kind: lead.signKind ?? '',
      outlet_id: lead.outletId,
      enterprise_id: lead.enterpriseId,
      pollutant: lead.pollutant ?? '',
      start: lead.start,
      end: lead.end,
      evidence: JSON.stringify(lead.evidence),
      act: lead.act ?? '',
      source_key: key,
      status: 'open',
      reason: '',
      question: '',
      explanation: '',
      created_at: nowIso,
      updated_at: nowIso,
      updated_by: null,
    })
    .onConflict((oc) => oc.column('source_key').doNothing())
    .execute();
  return true;
}
