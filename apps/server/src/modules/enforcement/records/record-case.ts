import { AppError, type InspectionRecord, type InspectionRecordCaseBodySchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { createCase } from '../cases/cases.service';
import { checklistOfIndustry } from './checklists';
import { getRecord, recordInReach } from './records.service';
import { setCase, type RecordRow } from './records.repository';

const METHOD_WORDS: Record<string, string> = {
  site: '现场检查',
  online_data: '在线监测数据非现场检查',
  video: '视频监控非现场检查',
  power_use: '用电监控非现场检查',
};

const conflict = (message: string) =>
  new AppError('INSPECTION_RECORD_CONFLICT', message, [{ path: '', message, code: 'INSPECTION_RECORD_CONFLICT' }]);

/** The case's facts in the record's words: the day, the method, the findings, the items answered "no". */
function factsOf(row: RecordRow): string {
  const texts = new Map(checklistOfIndustry(row.checklist_industry).map((i) => [i.key, i.zh]));
  const failed = (JSON.parse(row.checklist) as InspectionRecord['checklist'])
    .filter((a) => a.answer === 'no')
    .map((a) => `${texts.get(a.key) ?? a.key}：否${a.note ? `（${a.note}）` : ''}`);
  return [`${row.date}${METHOD_WORDS[row.method] ?? row.method}发现：${row.findings}`, ...failed].join('\n');
}

/**
 * 检查发现问题转为案件: opens a case by hand (state `lead`, the filing clock running from the inspection
 * day) with the record as its source, and links it to the record. Only a record with problems, once.
 */
export async function recordToCase(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  body: z.infer<typeof InspectionRecordCaseBodySchema>,
): Promise<InspectionRecord> {
  const { row, enterprise } = await recordInReach(deps, actor, id);
  if (row.outcome !== 'problems') throw conflict('the record found no problems');
  if (row.case_id) throw conflict(`the record's findings are case ${row.case_id} already`);
  const opened = await createCase(deps, actor, {
    enterpriseId: row.enterprise_id,
    outletId: null,
    leadId: null,
    title: body.title ?? `${enterprise.name}检查发现问题`,
    facts: `${factsOf(row)}\n（来源：检查记录 ${row.id}）`,
    violation: body.violation,
    actDate: body.actDate ?? row.date,
    actEndDate: null,
    causedHarm: false,
    leadFoundOn: row.date,
  });
  if (!(await setCase(deps.db, id, opened.id))) throw conflict('the record was turned into a case meanwhile');
  await appendAudit(deps.db, deps.clock, auditContextOf(actor), {
    action: 'enforcement.inspection_record.case',
    entityType: 'inspection_record',
    entityId: id,
    after: { caseId: opened.id, caseNo: opened.caseNo, violation: body.violation },
  });
  return getRecord(deps, actor, id);
}
