import { randomUUID } from 'node:crypto';
import { AppError, type CreateSpecialPeriodBodySchema, type SpecialPeriodSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { regionPrefix } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import * as repo from './special-periods.repository';

type SpecialPeriod = z.output<typeof SpecialPeriodSchema>;
type CreateInput = z.output<typeof CreateSpecialPeriodBodySchema>;

const toPeriod = (r: repo.SpecialPeriodRow): SpecialPeriod => ({
  id: r.id,
  name: r.name,
  regionCode: r.region_code,
  start: r.start,
  end: r.end,
  note: r.note,
});

/**
 * A region the actor reaches, or one above it: a city officer sees the province's declarations that cover
 * the city and those of its counties, not another city's.
 */
function concerns(actor: Actor, regionCode: string): boolean {
  if (actor.scope === 'all') return true;
  const mine = regionPrefix(actor.regionCode);
  const theirs = regionPrefix(regionCode);
  return mine.startsWith(theirs) || theirs.startsWith(mine);
}

/** The special periods that concern the actor's region, latest start first. */
export async function listSpecialPeriods({ db }: Pick<ServiceDeps, 'db'>, actor: Actor): Promise<SpecialPeriod[]> {
  return (await repo.listPeriods(db)).filter((p) => concerns(actor, p.region_code)).map(toPeriod);
}

/** Who declares a period declares it for a region within their own (the province-wide scope: any). */
function requireRegionInReach(actor: Actor, regionCode: string): void {
  if (actor.scope !== 'all' && !regionCode.startsWith(regionPrefix(actor.regionCode)))
    throw new AppError('FORBIDDEN', `region ${regionCode} is outside the caller's region`);
}

/**
 * Declares a special period (重污染天气应急 …) for a region: while it is in force, the limits of that name
 * (permit_limits.special_period) replace the normal ones for the region's enterprises. Hours already judged
 * stay as they were until `ecocloud compliance judge` re-judges their range.
 */
export async function createSpecialPeriod(
  { db, clock }: ServiceDeps,
  actor: Actor,
  body: CreateInput,
): Promise<SpecialPeriod> {
  requireRegionInReach(actor, body.regionCode);
  const row = {
    id: randomUUID(),
    name: body.name,
    region_code: body.regionCode,
    // Stored as UTC ISO text so the judge compares instants as strings (ADR 0001).
    start: new Date(body.start).toISOString(),
    end: new Date(body.end).toISOString(),
    note: body.note,
    created_by: actor.userId,
    created_at: clock.now().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertPeriod(trx, row);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'compliance.special_period.create',
      entityType: 'compliance_special_period',
      entityId: row.id,
      after: row,
    });
  });
  return toPeriod(row);
}

/** Removes a special period (404 when there is none, or it lies outside the caller's region). */
export async function deleteSpecialPeriod({ db, clock }: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findPeriod(trx, id);
    if (!before || !concerns(actor, before.region_code))
      throw new AppError('NOT_FOUND', `special period ${id} not found`);
    requireRegionInReach(actor, before.region_code);
    await repo.deletePeriod(trx, id);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'compliance.special_period.delete',
      entityType: 'compliance_special_period',
      entityId: id,
      before,
    });
  });
}
