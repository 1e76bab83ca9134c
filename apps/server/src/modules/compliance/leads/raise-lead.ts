import { randomUUID } from 'node:crypto';
import type { LeadKind } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { extendLead, insertLead, leadByKey, touchingLead } from './leads.repository';

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
const leadKey = (l: NewLead): string => [l.kind, l.outletId, l.pollutant ?? '', l.signKind ?? '', l.start].join('|');

/**
 * Raises a lead unless the same one exists (re-running a scan never duplicates a lead nor reopens one a
 * person has triaged); an open lead found again with a later end is extended. Returns true when new.
 */
export async function raiseLead(db: Kysely<Database>, lead: NewLead, nowIso: string): Promise<boolean> {
  const key = leadKey(lead);
  const existing = await leadByKey(db, key);
  if (existing) {
    if (existing.status === 'open' && lead.end > existing.end)
      await extendLead(db, existing.id, { end: lead.end, evidence: JSON.stringify(lead.evidence), updated_at: nowIso });
    return false;
  }
  await insertLead(db, {
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
  });
  return true;
}

/**
 * Raises a run-shaped lead (a sign, missing data) that a later scan may see again from a later start,
 * because its window begins inside the run: when a lead of the same kind, outlet, pollutant and sign
 * kind already touches the run (overlapping or adjacent), the run continues that lead (its start, so
 * the key is the same) and only extends it. Returns true when new.
 */
export async function raiseRunLead(db: Kysely<Database>, lead: NewLead, nowIso: string): Promise<boolean> {
  const touching = await touchingLead(db, {
    kind: lead.kind,
    outletId: lead.outletId,
    pollutant: lead.pollutant ?? '',
    signKind: lead.signKind ?? '',
    startIso: lead.start,
    endIso: lead.end,
  });
  // A touching lead that starts later (a scan with a longer look back) is still the same run: one lead.
  if (!touching) return raiseLead(db, lead, nowIso);
  return raiseLead(
    db,
    { ...lead, start: touching.start, end: lead.end > touching.end ? lead.end : touching.end },
    nowIso,
  );
}
