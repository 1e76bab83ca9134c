import { randomUUID } from 'node:crypto';
import {
  AppError,
  type AnnualPrefill,
  type DisclosureReportQuerySchema,
  type DisclosureReportRow,
  type FileAnnualBodySchema,
  type FileTemporaryBodySchema,
  type PublicQuerySchema,
  type PublicDisclosureListSchema,
} from '@ecocloud/contracts';
import { DISCLOSURE_RULES } from '@ecocloud/standards';
import type { z } from 'zod';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { enterpriseAmounts } from '../../compliance';
import { decidedCases } from '../../enforcement';
import { sourcesReads } from '../../sources';
import { latestPublished } from '../rating/ratings.repository';
import { auditOf, parseJson, requireAny, todayOf } from '../shared/credit-context';
import { reportRows } from './disclosure-reports';
import { allReportsNewestFirst, insertFiledReport, reportsOf } from './disclosure.repository';

/** The amounts read the dialect (compliance's daily tallies). */
type PrefillDeps = Pick<AppDeps, 'db' | 'clock'>;

const invalid = (path: string, message: string) =>
  new AppError('DISCLOSURE_REPORT_INVALID', message, [{ path, message, code: 'DISCLOSURE_REPORT_INVALID' }]);

async function enterpriseOf(deps: ServiceDeps, actor: Actor | null, id: string) {
  const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [id] });
  if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${id} not found`);
  return e;
}

/**
 * The reports owed by the units in scope (the department: all its units; an enterprise: its own), of `year`
 * (default: the asked day's year and the year before, whose annual report falls due in this one).
 */
export async function listReports(
  deps: ServiceDeps,
  actor: Actor,
  q: z.output<typeof DisclosureReportQuerySchema>,
): Promise<{ items: DisclosureReportRow[] }> {
  requireAny(actor, ['credit:read', 'credit:disclose']);
  const on = q.on ?? todayOf(deps);
  const y = Number(on.slice(0, 4));
  const enterprises = await sourcesReads.enterprisesInReach(
    deps.db,
    actor,
    q.enterpriseId ? { ids: [q.enterpriseId] } : {},
  );
  const rows = await reportRows(deps, enterprises, q.year ? [q.year] : [y - 1, y], on);
  return { items: q.state ? rows.filter((r) => r.state === q.state) : rows };
}

/**
 * The annual report on `year`, pre-filled from what EcoCloud knows: the permits (sources), the emitted amounts
 * (compliance's daily amounts), the penalties decided in the year (enforcement), the latest published credit
 * level and the temporary reports of the year; with what was filed, if it was.
 */
export async function annualPrefill(
  deps: PrefillDeps,
  actor: Actor,
  enterpriseId: string,
  year: number,
): Promise<AnnualPrefill> {
  requireAny(actor, ['credit:read', 'credit:disclose']);
  const e = await enterpriseOf(deps, actor, enterpriseId);
  const [permits, amounts, cases, levels, rows, filed] = await Promise.all([
    sourcesReads.permitsOfEnterprises(deps.db, [e.id]),
    enterpriseAmounts(deps, actor, e.id, year),
    decidedCases(deps.db, [e.id], { from: `${year}-01-01`, to: `${year}-12-31` }),
    latestPublished(deps.db, [e.id], todayOf(deps)),
    reportRows(deps, [e], [year], todayOf(deps)),
    reportsOf(deps.db, [e.id]),
  ]);
  const byPollutant = new Map<string, number>();
  for (const r of amounts.rows) byPollutant.set(r.pollutant, (byPollutant.get(r.pollutant) ?? 0) + r.yearToDateKg);
  const annual = filed.find((f) => f.kind === 'annual' && f.year === year);
  return {
    enterpriseId: e.id,
    enterpriseName: e.name,
    uscc: e.uscc,
    year,
    dueDate: DISCLOSURE_RULES.annualDue(year),
    permits: permits.filter((p) => p.validFrom <= `${year}-12-31`),
    emissions: [...byPollutant].map(([pollutant, kg]) => ({ pollutant, amountKg: Math.round(kg * 1000) / 1000 })),
    penalties: cases.map((c) => ({
      caseNo: c.caseNo,
      title: c.title,
      decidedOn: c.decisionDate,
      fineYuan: c.fineYuan ?? 0,
    })),
    creditLevel: levels.get(e.id)?.level ?? null,
    temporaryReports: rows.filter((r) => r.kind === 'temporary' && r.filedOn !== null).length,
    filed: annual
      ? { filedOn: annual.filed_on, content: parseJson<Record<string, unknown>>(annual.content, {}) }
      : null,
  };
}

async function insertReport(
  deps: ServiceDeps,
  actor: Actor | null,
  row: DisclosureReportRow,
  content: Record<string, unknown>,
  filedOn: string,
): Promise<void> {
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertFiledReport(trx, {
      id,
      enterprise_id: row.enterpriseId,
      kind: row.kind,
      year: row.year,
      event_ref: row.eventRef,
      due_date: row.dueDate,
      filed_on: filedOn,
      content: JSON.stringify(content),
      filed_by: actor?.userId ?? null,
      created_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.disclosure_report.file',
      entityType: 'credit_disclosure_report',
      entityId: id,
      after: {
        enterpriseId: row.enterpriseId,
        kind: row.kind,
        year: row.year,
        eventRef: row.eventRef,
        dueDate: row.dueDate,
        filedOn,
      },
    });
  });
}

/**
 * The enterprise files its annual report (credit:disclose, its own unit): only a unit on the year's list, after
 * the year ended, once. The pre-filled figures are stored with what the enterprise added.
 */
export async function fileAnnual(
  deps: PrefillDeps,
  actor: Actor | null,
  body: z.output<typeof FileAnnualBodySchema>,
  onDay?: string,
): Promise<DisclosureReportRow> {
  const e = await enterpriseOf(deps, actor, body.enterpriseId);
  const on = onDay ?? todayOf(deps);
  const row = (await reportRows(deps, [e], [body.year], on)).find((r) => r.kind === 'annual');
  if (!row) throw invalid('body.year', `${e.name} is not on the ${body.year} disclosure list`);
  if (row.filedOn) throw invalid('body.year', `the ${body.year} annual report is filed`);
  if (on < `${body.year + 1}-01-01`) throw invalid('body.year', `${body.year} is not over`);
  const prefill = actor ? await annualPrefill(deps, actor, e.id, body.year) : null;
  const { filed: _filed, ...known } = prefill ?? {};
  await insertReport(deps, actor, row, { ...known, ...body.content }, on);
  return { ...row, filedOn: on, state: on > row.dueDate ? 'filed_late' : 'filed' };
}

/** The enterprise files a temporary report on an event the record shows (once per event). */
export async function fileTemporary(
  deps: ServiceDeps,
  actor: Actor | null,
  body: z.output<typeof FileTemporaryBodySchema>,
  onDay?: string,
): Promise<DisclosureReportRow> {
  const e = await enterpriseOf(deps, actor, body.enterpriseId);
  const on = onDay ?? todayOf(deps);
  const y = Number(on.slice(0, 4));
  const row = (await reportRows(deps, [e], [y - 1, y], on)).find(
    (r) => r.kind === 'temporary' && r.eventRef === body.eventRef,
  );
  if (!row) throw invalid('body.eventRef', `no event ${body.eventRef} owed by ${e.name}`);
  if (row.filedOn) throw invalid('body.eventRef', 'the temporary report is filed');
  await insertReport(deps, actor, row, { event: row.event, eventLabel: row.eventLabel, ...body.content }, on);
  return { ...row, filedOn: on, state: on > row.dueDate ? 'filed_late' : 'filed' };
}

/** Filed reports for the portal (企业环境信息依法披露), newest first, by name or credit code. */
export async function publicDisclosures(
  deps: ServiceDeps,
  q: z.output<typeof PublicQuerySchema>,
): Promise<z.infer<typeof PublicDisclosureListSchema>> {
  const rows = await allReportsNewestFirst(deps.db);
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, null, {
    ids: [...new Set(rows.map((r) => r.enterprise_id))],
  });
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const needle = q.q?.toLowerCase();
  const items = rows.flatMap((r) => {
    const e = byId.get(r.enterprise_id);
    if (!e) return [];
    if (needle && !e.name.toLowerCase().includes(needle) && !e.uscc.toLowerCase().includes(needle)) return [];
    const content = parseJson<Record<string, unknown>>(r.content, {});
    return [
      {
        enterpriseName: e.name,
        uscc: e.uscc,
        kind: r.kind as 'annual' | 'temporary',
        year: r.year,
        event: (content.event as z.infer<typeof PublicDisclosureListSchema>['items'][number]['event']) ?? null,
        filedOn: r.filed_on,
        content,
      },
    ];
  });
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}
