import type { Kysely } from 'kysely';
import type { SupervisionNotice } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { addWorkingDays, type WorkingCalendar } from '../../../platform/deadlines';
import { insertNotice } from '../supervision/supervision.repository';

type History = SupervisionNotice['history'];
const ISSUER = '督察办（演示）';
/** A demo day's instant: 09:00 in Beijing. */
const at = (day: string) => `${day}T01:00:00.000Z`;

/**
 * Supervision notices on three of the demo's overdue problems, dated from today so that the worker's first
 * sweep changes nothing: one answered on time (Wuzhou), one escalated to 督办 after a missed reply and due again
 * in two working days (Yulin), one just issued (Baise). The fourth overdue problem (provincial 3, Yangshuo) has
 * none: the ledger lists it as needing a notice. `leadOf` gives each problem's rectifying unit as seeded.
 */
export async function seedDemoNotices(
  trx: Kysely<Database>,
  o: { today: string; cal: WorkingCalendar; leadOf: (problemId: string) => string | undefined },
): Promise<void> {
  const wd = (d: string, n: number) => addWorkingDays(d, n, o.cal);
  const escalatedOn = wd(o.today, -1);
  const stories = [
    {
      problemId: 'rect-demo-central-13',
      reason: '整改已逾期，请说明乡镇污水处理设施运行率未达标的原因及下一步措施',
      issued: wd(o.today, -8),
      reply: { on: wd(o.today, -4), text: '已委托第三方专业运维，新增管网 12 公里，预计两个月内运行率达标。' },
    },
    {
      problemId: 'rect-demo-central-4',
      reason: '南流江整改逾期，请报送截污工程进度及完成时限',
      issued: wd(escalatedOn, -6),
      escalated: escalatedOn,
    },
    {
      problemId: 'rect-demo-central-26',
      reason: '非法采砂整治逾期，请报送联合执法及岸线修复进展',
      issued: wd(o.today, -1),
    },
  ];
  for (const s of stories) {
    const orgId = o.leadOf(s.problemId);
    if (!orgId) continue;
    const firstDue = wd(s.issued, 5);
    const history: History = [{ at: at(s.issued), event: 'issued', level: 1, replyDue: firstDue }];
    let level = 1;
    let replyDue = firstDue;
    if (s.escalated) {
      level = 2;
      replyDue = wd(s.escalated, 3);
      history.push({ at: at(s.escalated), event: 'escalated', level, replyDue });
    }
    if (s.reply) history.push({ at: at(s.reply.on), event: 'replied', level, replyDue });
    await insertNotice(trx, {
      id: `${s.problemId}-sn1`,
      problem_id: s.problemId,
      org_id: orgId,
      reason: s.reason,
      level,
      reply_due: replyDue,
      state: s.reply ? 'replied' : 'open',
      reply: s.reply?.text ?? null,
      replied_at: s.reply ? at(s.reply.on) : null,
      replied_by: null,
      replied_by_name: s.reply ? '演示数据' : null,
      history: JSON.stringify(history),
      issued_by: null,
      issued_by_name: ISSUER,
      issued_at: at(s.issued),
      updated_at: at(s.reply?.on ?? s.escalated ?? s.issued),
    });
  }
}
