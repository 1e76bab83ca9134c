import type { z } from 'zod';
import { AppError, type ComplaintExportQuerySchema } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { writeTable, type ExportColumn } from '../../../platform/import-export/table-io';
import type { ServiceDeps } from '../../../platform/service-deps';
import { listComplaintRows, reportersOf } from './complaints.repository';
import { summariesOf } from './complaints.service';

const COLUMNS: ExportColumn[] = [
  { key: 'ref', header: '编号' },
  { key: 'receivedOn', header: '受理日期' },
  { key: 'channel', header: '来源' },
  { key: 'kind', header: '类型' },
  { key: 'description', header: '问题描述' },
  { key: 'regionCode', header: '行政区划代码' },
  { key: 'address', header: '地址' },
  { key: 'state', header: '状态' },
  { key: 'classification', header: '分类' },
  { key: 'handlingOrgName', header: '承办单位' },
  { key: 'enterpriseName', header: '涉及企业' },
  { key: 'nextDue', header: '最近期限' },
  { key: 'overdue', header: '超期' },
];
const IDENTITY: ExportColumn[] = [
  { key: 'reporterName', header: '举报人' },
  { key: 'reporterPhone', header: '联系电话' },
  { key: 'reporterEmail', header: '电子邮箱' },
];

/**
 * The reports in scope as CSV/XLSX. The reporter's identity and contact only for a holder of
 * complaints:export_identity who asks for them (else 403); every export is audited with whether it carried them.
 */
export async function exportComplaints(
  deps: ServiceDeps,
  actor: Actor,
  q: z.infer<typeof ComplaintExportQuerySchema>,
): Promise<Buffer> {
  if (q.includeIdentity && !actor.permissions.has('complaints:export_identity'))
    throw new AppError('COMPLAINT_IDENTITY_FORBIDDEN', 'exporting who reported needs complaints:export_identity');
  const rows = await listComplaintRows(deps.db, actor);
  const summaries = await summariesOf(deps, rows);
  const reporters = q.includeIdentity
    ? await reportersOf(
        deps.db,
        rows.map((r) => r.id),
      )
    : new Map();
  const data = summaries.map((s) => {
    const who = reporters.get(s.id);
    return {
      ...s,
      overdue: s.overdue ? '是' : '',
      ...(q.includeIdentity
        ? { reporterName: who?.name ?? '匿名', reporterPhone: who?.phone ?? '', reporterEmail: who?.email ?? '' }
        : {}),
    };
  });
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'complaints.export',
      entityType: 'complaint',
      after: { count: data.length, includeIdentity: q.includeIdentity, format: q.format },
    }),
  );
  return writeTable(q.includeIdentity ? [...COLUMNS, ...IDENTITY] : COLUMNS, data, q.format, 'complaints');
}
