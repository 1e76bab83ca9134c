import { randomUUID } from 'node:crypto';
import { AppError, type ReportDeadlineOverrideSchema, type ReportFrequency } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { CreateReportDeadlineOverrideBodySchema } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { ReportDeadlineOverridesTable } from '../sources.tables';
import * as repo from './reports.repository';

type Override = z.output<typeof ReportDeadlineOverrideSchema>;
type OverrideInput = z.input<typeof CreateReportDeadlineOverrideBodySchema>;

const toOverride = (r: ReportDeadlineOverridesTable): Override => ({
  id: r.id,
  frequency: r.frequency as ReportFrequency,
  periodKey: r.period_key,
  dueDate: r.due_date,
  note: r.note,
});

/** The Ministry's notices moving report deadlines (they hold for every permit, so province-wide scope writes them). */
function requireAllScope(actor: Actor): void {
  if (actor.scope !== 'all')
    throw new AppError('FORBIDDEN', 'report deadline overrides hold for every unit: they need province-wide scope');
}

export async function listDeadlineOverrides({ db }: ServiceDeps): Promise<{ items: Override[] }> {
  return { items: (await repo.listOverrides(db)).map(toOverride) };
}

export async function createDeadlineOverride(
  { db, clock }: ServiceDeps,
  actor: Actor,
  body: OverrideInput,
): Promise<Override> {
  requireAllScope(actor);
  return db.transaction().execute(async (trx) => {
    if (await repo.findOverride(trx, { frequency: body.frequency, periodKey: body.periodKey }))
      throw new AppError('CONFLICT', 'that period already has an override: delete it first');
    const row = {
      id: randomUUID(),
      frequency: body.frequency,
      period_key: body.periodKey,
      due_date: body.dueDate,
      note: body.note ?? '',
    };
    await repo.insertOverride(trx, row);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'sources.deadline_override.create',
      entityType: 'report_deadline_override',
      entityId: row.id,
      after: row,
    });
    return toOverride(row);
  });
}

export async function deleteDeadlineOverride({ db, clock }: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findOverride(trx, { id });
    if (!before) throw new AppError('NOT_FOUND', 'no such report deadline override');
    requireAllScope(actor);
    await repo.deleteOverride(trx, id);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'sources.deadline_override.delete',
      entityType: 'report_deadline_override',
      entityId: id,
      before,
    });
  });
}
