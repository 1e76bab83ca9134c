import { COMPLAINT_KINDS, type ComplaintKind, type ImportReport, type ImportRowError } from '@ecocloud/contracts';
import { isIsoDay } from '@ecocloud/standards';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { runImport, rowError, type ImportMode } from '../../../platform/import-export/import-runner';
import { readTable, type TableFormat } from '../../../platform/import-export/table-io';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { todayOf } from './complaint-context';
import { insertReport, type NewReport } from './intake.service';

/** The columns of a batch handed over by an inspection team (交办件), in Chinese or as codes. */
const COLUMNS: Record<string, string> = {
  交办编号: 'batch',
  问题类型: 'kind',
  问题描述: 'description',
  行政区划代码: 'region_code',
  地址: 'address',
  交办日期: 'received_on',
  举报人: 'reporter_name',
  联系电话: 'reporter_phone',
};
const KNOWN = new Set([...Object.keys(COLUMNS), ...Object.values(COLUMNS)]);
const REQUIRED = ['batch', 'kind', 'description', 'region_code', 'address', 'received_on'];

const KIND_LABELS: Record<string, ComplaintKind> = {
  异味: 'odour',
  恶臭: 'odour',
  噪声: 'noise',
  扬尘: 'dust',
  水体颜色异常: 'water_colour',
  夜间施工: 'night_construction',
  固体废物: 'waste',
  其他: 'other',
};

type Valid = NewReport & { handlingOrgId: string };

/**
 * Imports a batch of 交办件 from CSV or XLSX: each row a report with its batch number, routed to the unit
 * covering its region; row-level errors (a missing field, an unknown type, a region outside the officer's
 * scope or covered by nobody, a bad or future day). A dry run unless `dryRun` is false.
 */
export async function importHandover(
  deps: ServiceDeps,
  actor: Actor,
  o: { file: { data: Buffer; format: TableFormat }; dryRun: boolean; mode: ImportMode },
): Promise<ImportReport> {
  const table = await readTable(o.file.data, o.file.format);
  const headerErrors: ImportRowError[] = table.header
    .filter((h) => h && !KNOWN.has(h))
    .map((h) => rowError(1, h, 'UNKNOWN_COLUMN', `unknown column ${h}`));
  const today = todayOf(deps);
  const orgs = new Map<string, string | undefined>();
  for (const r of table.rows) {
    const region = (r['行政区划代码'] ?? r.region_code ?? '').trim();
    if (/^\d{6}$/.test(region) && !orgs.has(region)) orgs.set(region, (await owningOrgOfRegion(deps.db, region))?.id);
  }
  return runImport<Valid>({
    rows: table.rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [COLUMNS[k] ?? k, String(v ?? '').trim()])),
    ),
    dryRun: o.dryRun,
    mode: o.mode,
    headerErrors,
    validate: (r, row) => {
      const errors = REQUIRED.filter((f) => !r[f]).map((f) => rowError(row, f, 'REQUIRED', `${f} is required`));
      if (errors.length) return { errors };
      const kind =
        KIND_LABELS[r.kind!] ??
        ((COMPLAINT_KINDS as readonly string[]).includes(r.kind!) ? (r.kind as ComplaintKind) : undefined);
      if (!kind) errors.push(rowError(row, 'kind', 'UNKNOWN_KIND', `unknown type ${r.kind}`));
      const region = r.region_code!;
      if (!/^\d{6}$/.test(region)) errors.push(rowError(row, 'region_code', 'UNKNOWN_REGION', 'a 6-digit region code'));
      else if (!canSeeRegion(actor, region))
        errors.push(rowError(row, 'region_code', 'OUT_OF_SCOPE', 'outside your scope'));
      else if (!orgs.get(region)) errors.push(rowError(row, 'region_code', 'REGION_NOT_COVERED', 'no unit covers it'));
      if (!isIsoDay(r.received_on!) || r.received_on! > today)
        errors.push(rowError(row, 'received_on', 'BAD_TIME', 'a day YYYY-MM-DD, not in the future'));
      if (r.description!.length < 5 || r.description!.length > 2000)
        errors.push(rowError(row, 'description', 'INVALID', '5 to 2000 characters'));
      if (r.reporter_phone && !/^[0-9+\-\s]{5,20}$/.test(r.reporter_phone))
        errors.push(rowError(row, 'reporter_phone', 'INVALID', 'a phone number'));
      if (errors.length || !kind) return { errors };
      return {
        errors,
        value: {
          kind,
          description: r.description!,
          regionCode: region,
          address: r.address!.slice(0, 300),
          lon: null,
          lat: null,
          occurredOn: null,
          reporter: r.reporter_name
            ? { name: r.reporter_name.slice(0, 60), ...(r.reporter_phone ? { phone: r.reporter_phone } : {}) }
            : null,
          channel: 'handover',
          receivedOn: r.received_on!,
          handoverBatch: r.batch!.slice(0, 60),
          handlingOrgId: orgs.get(region)!,
        },
      };
    },
    apply: (valid) =>
      deps.db.transaction().execute(async (trx) => {
        for (const v of valid)
          await insertReport(trx, deps.clock, auditContextOf(actor), v.value, {
            handlingOrgId: v.value.handlingOrgId,
            createdBy: actor.userId,
          });
        await appendAudit(trx, deps.clock, auditContextOf(actor), {
          action: 'complaints.complaint.import',
          entityType: 'complaint',
          after: { rows: valid.length, batches: [...new Set(valid.map((v) => v.value.handoverBatch))] },
        });
        return valid.length;
      }),
  });
}
