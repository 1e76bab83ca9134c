import { randomUUID } from 'node:crypto';
import {
  AppError,
  REPORT_FREQUENCIES,
  type ExecutionReport,
  type ExecutionReportInput,
  type ExecutionReportQuerySchema,
  type ReportFrequency,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { shanghaiDate } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { permitsInReach, type PermitDueRow, type PermitReach } from '../due/due.repository';
import {
  executionReports,
  expectedPeriods,
  reportOf,
  type OverrideRow,
  type ReportingPermitRow,
  type SubmissionRow,
} from './expected-reports';
import * as repo from './reports.repository';

type ReportQuery = z.output<typeof ExecutionReportQuerySchema>;

const isFrequency = (f: string): f is ReportFrequency => (REPORT_FREQUENCIES as readonly string[]).includes(f);

/** A permit that owes reports: in force (status valid), with its frequencies from the register. */
export function reportingPermit(row: PermitDueRow): ReportingPermitRow | null {
  if (row.status !== 'valid') return null;
  const parsed: unknown = JSON.parse(row.report_frequencies);
  const frequencies = Array.isArray(parsed) ? parsed.filter((f): f is ReportFrequency => isFrequency(String(f))) : [];
  return {
    permitId: row.permit_id,
    permitNo: row.permit_no,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    frequencies,
    trackedFrom: shanghaiDate(new Date(row.created_at)),
  };
}

export async function loadOverrides(db: Kysely<Database>): Promise<OverrideRow[]> {
  return (await repo.listOverrides(db)).flatMap((o) =>
    isFrequency(o.frequency)
      ? [{ frequency: o.frequency, periodKey: o.period_key, dueDate: o.due_date, note: o.note }]
      : [],
  );
}

export async function loadSubmissions(db: Kysely<Database>, reach: PermitReach): Promise<SubmissionRow[]> {
  return (await repo.submissionsInReach(db, reach)).map((s) => ({
    id: s.id,
    permitId: s.permit_id,
    frequency: s.frequency,
    periodKey: s.period_key,
    summary: s.summary,
    submittedOn: s.submitted_on,
  }));
}

/** Every expected report of the permits in reach with its state on `on`. */
export async function reportsInReach(db: Kysely<Database>, reach: PermitReach, on: string): Promise<ExecutionReport[]> {
  const permits = (await permitsInReach(db, reach)).flatMap((r) => reportingPermit(r) ?? []);
  return executionReports(permits, await loadOverrides(db), await loadSubmissions(db, reach), on);
}

/**
 * The execution reports in the caller's scope: of `year` when given, else of the asked day's year and
 * the year before (last year's annual report falls due in this one), up to the periods begun by then.
 */
export async function listReports(
  { db, clock }: ServiceDeps,
  actor: Actor,
  query: ReportQuery,
): Promise<{ items: ExecutionReport[] }> {
  const on = query.on ?? shanghaiDate(clock.now());
  const thisYear = Number(on.slice(0, 4));
  const years = query.year ? [query.year] : [thisYear - 1, thisYear];
  const items = (await reportsInReach(db, { actor, enterpriseId: query.enterpriseId }, on)).filter(
    (r) =>
      years.includes(Number(r.periodKey.slice(0, 4))) &&
      (query.year !== undefined || r.periodStart <= on) &&
      (!query.state || r.state === query.state),
  );
  return { items };
}

/** The reports of one enterprise for its page (一企一档): this year's and last year's. */
export async function reportsForEnterprise(
  deps: ServiceDeps,
  actor: Actor,
  enterpriseId: string,
  on?: string,
): Promise<ExecutionReport[]> {
  return (await listReports(deps, actor, { enterpriseId, on })).items;
}

/**
 * Records an execution report: the enterprise for its own units (on the day it submits), staff for any
 * unit in scope (a paper report on the day it was received). Only a period that has ended and is
 * reported on its own (not folded into another report) can be submitted, once.
 */
export async function submitReport(
  { db, clock }: ServiceDeps,
  actor: Actor,
  body: ExecutionReportInput,
): Promise<ExecutionReport> {
  const today = shanghaiDate(clock.now());
  const [row] = await permitsInReach(db, { actor, permitId: body.permitId });
  if (!row) throw new AppError('PERMIT_NOT_FOUND', 'permit not found');
  const permit = reportingPermit(row);
  const period = permit
    ? expectedPeriods(permit, await loadOverrides(db)).find(
        (r) => r.frequency === body.frequency && r.periodKey === body.periodKey,
      )
    : undefined;
  if (!permit || !period || period.foldedInto || period.periodEnd >= today)
    throw new AppError('REPORT_PERIOD_INVALID', 'this permit owes no report for that period (yet)', [
      {
        path: 'body.periodKey',
        message: period?.foldedInto
          ? `folded into ${period.foldedInto.periodKey}`
          : 'not an ended period of the permit',
      },
    ]);
  // An enterprise submits today; only staff enter the day a paper report was received.
  const submittedOn = actor.scope === 'own' ? today : (body.submittedOn ?? today);
  if (submittedOn > today)
    throw new AppError('VALIDATION_FAILED', 'a report cannot be received in the future', [
      { path: 'body.submittedOn', message: 'after today' },
    ]);
  return db.transaction().execute(async (trx) => {
    if (await repo.findSubmission(trx, body.permitId, body.frequency, body.periodKey))
      throw new AppError('CONFLICT', 'this report is already recorded');
    const stored = {
      id: randomUUID(),
      permit_id: body.permitId,
      frequency: body.frequency,
      period_key: body.periodKey,
      summary: body.summary ?? '',
      submitted_on: submittedOn,
      submitted_by: actor.userId,
      created_at: clock.now().toISOString(),
    };
    await repo.insertSubmission(trx, stored);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'sources.report.submit',
      entityType: 'execution_report',
      entityId: stored.id,
      after: stored,
    });
    const submission = {
      id: stored.id,
      permitId: body.permitId,
      frequency: body.frequency,
      periodKey: body.periodKey,
      summary: stored.summary,
      submittedOn,
    };
    return reportOf(permit, period, submission, today);
  });
}
