import type { z } from 'zod';
import {
  AppError,
  ProblemBodySchema,
  type ImportReport,
  type ImportRowError,
  type LedgerImportQuerySchema,
  type ProblemBody,
} from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { contractCheck, rowError, runImport } from '../../../platform/import-export/import-runner';
import { readTable, type TableFormat } from '../../../platform/import-export/table-io';
import { listOrgs, owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { regionsWithCounties } from '../../../platform/provinces/county-regions';
import { resolveRegion } from '../../../platform/regions';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { knownComplaintBatches } from '../ledger/complaint-batch-link';
import { findBatch, insertProblem, itemNosOf } from '../ledger/ledger.repository';
import { problemRow } from '../ledger/problems.service';
import { classOf, deadlineOf, fieldOfHeader, horizonOf, measuresOf, REQUIRED_LEDGER_COLUMNS } from './ledger-columns';

type Query = z.infer<typeof LedgerImportQuerySchema>;
type File = { data: Buffer; format: TableFormat };

/** The file column of a body field, for the row errors the contract check finds. */
const COLUMN_OF: Record<string, string> = {
  itemNo: 'item_no',
  regionCode: 'region',
  leadOrgId: 'lead_unit',
  coUnits: 'co_units',
  acceptanceUnit: 'acceptance_unit',
  monitoring: 'station_code',
  complaintBatchRef: 'complaint_batch_ref',
};
const columnOf = (path: PropertyKey[]) => COLUMN_OF[String(path[0])] ?? String(path[0] ?? '');

/**
 * Imports a ledger (CSV/XLSX, one row per problem) into a batch: every row is checked as the API checks a
 * problem (same schema), plus the file's words (deadline forms, 短期/中期/长期, Ⅲ类), the region and unit
 * names, the caller's scope and duplicate item numbers. A dry run unless dryRun=false.
 */
export async function importLedger(deps: ServiceDeps, actor: Actor, file: File, q: Query): Promise<ImportReport> {
  if (!(await findBatch(deps.db, q.batchId)))
    throw new AppError('VALIDATION_FAILED', 'batch not found', [{ path: 'querystring.batchId', message: 'not found' }]);
  const table = await readTable(file.data, file.format);
  const headerErrors: ImportRowError[] = [];
  const fields = table.header.map((h) => fieldOfHeader(h));
  table.header.forEach((h, i) => {
    if (!fields[i]) headerErrors.push(rowError(1, h, 'UNKNOWN_COLUMN', `unknown column "${h}"`));
  });
  for (const c of REQUIRED_LEDGER_COLUMNS)
    if (!fields.includes(c)) headerErrors.push(rowError(1, c, 'REQUIRED', `column ${c} is missing`));
  const rows = table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [fields[i] ?? h, r[h] ?? ''])));
  const [regions, orgs, stored] = await Promise.all([
    regionsWithCounties(deps.db),
    listOrgs(deps.db),
    itemNosOf(deps.db, q.batchId),
  ]);
  const orgByName = new Map(orgs.map((o) => [o.name, o.id]));
  const complaintBatches = await knownComplaintBatches(
    deps.db,
    rows.map((r) => (r.complaint_batch_ref ?? '').trim()),
  );
  const regionOrgs = new Map<string, string | undefined>();
  for (const r of rows) {
    const region = resolveRegion(regions, r.lead_unit ?? '');
    if ('code' in region && !regionOrgs.has(region.code))
      regionOrgs.set(region.code, (await owningOrgOfRegion(deps.db, region.code))?.id);
  }
  const seen = new Set<string>();

  const validate = (r: Record<string, string>, row: number) => {
    const errors: ImportRowError[] = [];
    const region = resolveRegion(regions, r.region ?? '');
    if (!('code' in region)) errors.push(rowError(row, 'region', region.error, region.message));
    else if (!canSeeRegion(actor, region.code))
      errors.push(rowError(row, 'region', 'OUT_OF_SCOPE', `region ${region.code} is outside your data scope`));
    const unit = (r.lead_unit ?? '').trim();
    const unitRegion = resolveRegion(regions, unit);
    const leadOrgId = orgByName.get(unit) ?? ('code' in unitRegion ? regionOrgs.get(unitRegion.code) : undefined);
    if (unit && !leadOrgId)
      errors.push(rowError(row, 'lead_unit', 'UNKNOWN_ORG', `no organisation is named "${unit}"`));
    const deadline = deadlineOf(r.deadline ?? '');
    if (r.deadline && !deadline)
      errors.push(rowError(row, 'deadline', 'BAD_TIME', `unreadable deadline "${r.deadline}"`));
    const horizon = horizonOf(r.horizon ?? '');
    if (r.horizon && !horizon) errors.push(rowError(row, 'horizon', 'UNKNOWN_LABEL', `unknown horizon "${r.horizon}"`));
    const requiredClass = r.required_class ? classOf(r.required_class) : undefined;
    if (r.required_class && !requiredClass)
      errors.push(rowError(row, 'required_class', 'INVALID', `unknown water class "${r.required_class}"`));
    const itemNo = (r.item_no ?? '').trim();
    if (itemNo && (seen.has(itemNo) || stored.has(itemNo)))
      errors.push(rowError(row, 'item_no', 'DUPLICATE', `item ${itemNo} appears twice in the batch`));
    seen.add(itemNo);
    const complaintBatchRef = (r.complaint_batch_ref ?? '').trim();
    if (complaintBatchRef && !complaintBatches.has(complaintBatchRef))
      errors.push(
        rowError(row, 'complaint_batch_ref', 'UNKNOWN_COMPLAINT_BATCH', `no complaint batch "${complaintBatchRef}"`),
      );
    for (const c of REQUIRED_LEDGER_COLUMNS)
      if (!(r[c] ?? '').trim() && !errors.some((e) => e.field === c))
        errors.push(rowError(row, c, 'REQUIRED', `${c} is required`));
    const input = {
      batchId: q.batchId,
      itemNo,
      problem: r.problem ?? '',
      category: r.category ?? '',
      regionCode: 'code' in region ? region.code : '',
      leadOrgId: leadOrgId ?? '',
      coUnits: r.co_units ?? '',
      acceptanceUnit: r.acceptance_unit ?? '',
      target: r.target ?? '',
      measures: measuresOf(r.measures ?? ''),
      deadline: deadline ?? '',
      horizon: horizon ?? '',
      monitoring: r.station_code ? { stationCode: r.station_code, requiredClass: requiredClass ?? 3 } : null,
      complaintBatchRef,
    };
    const checked = contractCheck(ProblemBodySchema, input, row, columnOf, errors);
    return { ...(errors.length ? {} : { value: checked.value }), errors: [...errors, ...checked.errors] };
  };

  return runImport<ProblemBody>({
    rows,
    validate,
    headerErrors,
    dryRun: q.dryRun,
    mode: q.mode,
    apply: async (valid) =>
      deps.db.transaction().execute(async (trx) => {
        const now = deps.clock.now().toISOString();
        for (const v of valid) await insertProblem(trx, problemRow(v.value, actor.userId, now));
        await appendAudit(trx, deps.clock, auditContextOf(actor), {
          action: 'rectification.import',
          entityType: 'rectification_batch',
          entityId: q.batchId,
          after: { rows: valid.length, items: valid.map((v) => v.value.itemNo) },
        });
        return valid.length;
      }),
  });
}
