import type { Kysely } from 'kysely';
import { AppError, type ImportReport } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import { dictionaryEntries } from '../../../platform/dictionaries/dictionary-reads';
import { rowError, runImport, type ImportMode } from '../../../platform/import-export/import-runner';
import { readTable, type TableFormat } from '../../../platform/import-export/table-io';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { regionsWithCounties } from '../../../platform/provinces/county-regions';
import { resolveRegion } from '../../../platform/regions';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { enterpriseIdsInScope, enterprisesByUscc, findEnterpriseInScope } from '../enterprises/enterprises.repository';
import { auditWho } from '../enterprises/sources-context';
import { permitsByNo } from '../permits/permits.repository';
import { canonicalRow, columnOf, REQUIRED_COLUMNS } from './import-columns';
import { rowValidator, type ImportContext, type ImportedRow } from './import-rows';
import { applyRows, type ApplyCounts } from './import-apply';

/** An import: the file and the parsed import query (dry run, mode). */
export type SourcesImport = {
  file: { data: Buffer; format: TableFormat; filename?: string };
  dryRun: boolean;
  mode: ImportMode;
};

/** What the validation needs from the database, read once before the rows. */
async function importContext(
  db: Kysely<Database>,
  actor: Actor | null,
  rows: Record<string, string>[],
): Promise<ImportContext> {
  const canonical = rows.map(canonicalRow);
  const [classes, sections, regions] = await Promise.all([
    dictionaryEntries(db, 'industry_class'),
    dictionaryEntries(db, 'industry'),
    regionsWithCounties(db),
  ]);
  const regulators = new Map<
    string,
    { orgId: string } | { code: 'REGION_NOT_COVERED' | 'OUT_OF_SCOPE'; message: string }
  >();
  for (const text of new Set(canonical.map((r) => r.region_code ?? ''))) {
    const region = resolveRegion(regions, text);
    if (!('code' in region) || regulators.has(region.code)) continue;
    const org = await owningOrgOfRegion(db, region.code);
    if (!org)
      regulators.set(region.code, {
        code: 'REGION_NOT_COVERED',
        message: `no organisation covers region ${region.code}: run \`ecocloud init --province ${region.code.slice(0, 2)}0000\``,
      });
    else if (actor && !orgPathInScope(actor, org.id, org.path))
      regulators.set(region.code, {
        code: 'OUT_OF_SCOPE',
        message: `region ${region.code} is outside your data scope`,
      });
    else regulators.set(region.code, { orgId: org.id });
  }
  const usccs = [...new Set(canonical.map((r) => (r.uscc ?? '').trim().toUpperCase()).filter(Boolean))];
  const stored = await enterprisesByUscc(db, usccs);
  const visible = actor
    ? await enterpriseIdsInScope(
        db,
        actor,
        stored.map((e) => e.id),
      )
    : null;
  const permits = await permitsByNo(db, [...new Set(canonical.map((r) => r.permit_no ?? '').filter(Boolean))]);
  const holders = await enterpriseUsccs(
    db,
    permits.map((p) => p.enterprise_id),
    stored,
  );
  return {
    industries: [...sections, ...classes],
    regions,
    regulators,
    usccOutOfScope: new Set(stored.filter((e) => visible && !visible.has(e.id)).map((e) => e.uscc)),
    permitHolders: new Map(permits.map((p) => [p.permit_no, holders.get(p.enterprise_id) ?? p.enterprise_id])),
  };
}

/** Credit codes of the enterprises holding the file's stored permits (those not in the file are read). */
async function enterpriseUsccs(db: Kysely<Database>, ids: string[], known: { id: string; uscc: string }[]) {
  const out = new Map(known.map((e) => [e.id, e.uscc]));
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    for (const id of new Set(missing)) {
      const e = await findEnterpriseInScope(db, null, id);
      if (e) out.set(id, e.uscc);
    }
  }
  return out;
}

/**
 * The register import (CSV/XLSX, one row per permit × outlet × pollutant; columns and Chinese headers in
 * import-columns.ts). Rows are grouped into enterprise → permit → outlet → limit and upserted by credit
 * code, permit number and (enterprise, outlet code), so the same file imported twice changes nothing.
 * All-or-nothing unless `mode` says valid-rows; a dry run writes nothing. `null` actor: the system (CLI).
 */
export async function importSources({ db, clock }: ServiceDeps, actor: Actor | null, { file, ...opts }: SourcesImport) {
  const table = await readTable(file.data, file.format);
  const known = new Set(table.header.map(columnOf));
  const missing = REQUIRED_COLUMNS.filter((c) => !known.has(c));
  if (missing.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `missing columns: ${missing.join(', ')}`,
      missing.map((m) => ({ path: `file.${m}`, message: 'missing column' })),
    );
  const headerErrors = table.header
    .filter((h) => h !== '' && !columnOf(h))
    .map((h) => rowError(1, h, 'UNKNOWN_COLUMN', `unknown column "${h}"`));
  const counts: ApplyCounts = { enterprises: 0, permits: 0, outlets: 0, limits: 0, unchanged: 0 };
  return db.transaction().execute(async (trx) => {
    const ctx = await importContext(trx, actor, table.rows);
    const report: ImportReport = await runImport<ImportedRow>({
      rows: table.rows,
      dryRun: opts.dryRun,
      mode: opts.mode,
      headerErrors,
      validate: rowValidator(ctx),
      apply: (valid) =>
        applyRows(
          { db: trx, clock },
          valid.map((v) => v.value),
          counts,
        ),
    });
    if (!report.dryRun && report.applied > 0)
      await appendAudit(trx, clock, auditWho(actor), {
        action: 'sources.import',
        entityType: 'sources_register',
        after: {
          file: file.filename ?? null,
          mode: report.mode,
          total: report.total,
          valid: report.valid,
          applied: report.applied,
          written: counts,
        },
      });
    return report;
  });
}
