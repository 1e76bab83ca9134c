import type { ItemStatus, MonthlyContent, MonthlyReport } from '@ecocloud/contracts';

/** The report as blocks of Chinese text, rendered alike to DOCX and PDF (the two never differ in wording). */
export type MonthlyBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; header: string[]; widths: number[]; rows: string[][] };

const STATUS: Record<ItemStatus, string> = {
  not_started: '未开始',
  on_track: '正常推进',
  at_risk: '存在风险',
  overdue: '已逾期',
  done: '已完成',
};
const TRACK = { attained: '已达标', on_track: '按进度', behind: '滞后', no_data: '暂无数据' } as const;
const DIRECTION = { at_least: '≥', at_most: '≤', reach: '达到', eliminate: '消除至' } as const;
const STATE = {
  draft: '草稿',
  submitted: '待审批',
  approved: '已审批',
  returned: '已退回',
  released: '已印发',
} as const;
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const num = (v: number | null) => (v === null ? '—' : String(Math.round(v * 100) / 100));

export function monthlyTitle(c: MonthlyContent): string {
  return `${c.planTitle}${monthText(c.month)}进展情况报告`;
}

/** Blocks of the report: summary, one part per major task, items at risk and overdue, notices issued. */
export function monthlyBlocks(r: Pick<MonthlyReport, 'state' | 'content'>): MonthlyBlock[] {
  const c = r.content;
  const s = c.summary;
  const blocks: MonthlyBlock[] = [
    { kind: 'title', text: monthlyTitle(c) },
    { kind: 'para', text: `状态：${STATE[r.state]}    数据截至：${c.asOf}` },
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'para',
      text:
        `本月纳入调度的重点工作${s.tasks}项，${s.reported}项报送了进展，共收到进展报告${s.reports}份（逾期报送${s.lateReports}份）。` +
        `截至${c.asOf}，已完成${s.done}项，正常推进${s.onTrack}项，存在风险${s.atRisk}项，已逾期${s.overdue}项；本月印发督办通知${s.notices}份。`,
    },
    { kind: 'heading', text: '二、重点任务进展' },
  ];
  for (const section of c.sections) {
    blocks.push({ kind: 'subheading', text: `${section.number}${section.title}` });
    for (const t of section.tasks) {
      const lead = t.leadUnits.length ? `（牵头单位：${t.leadUnits.join('、')}）` : '';
      const percent = t.percent === null ? '' : `，完成进度${t.percent}%`;
      blocks.push({ kind: 'para', text: `${t.number}${t.title}${lead}：${STATUS[t.status]}${percent}。` });
      if (t.reports.length === 0) blocks.push({ kind: 'para', text: '本月未报送进展。' });
      for (const rep of t.reports)
        blocks.push({
          kind: 'para',
          text: `${rep.unitName}报送${rep.itemTitle ? `“${rep.itemTitle}”` : ''}（${rep.percent}%${rep.late ? '，逾期报送' : ''}）：${rep.text}`,
        });
      if (t.indicators.length)
        blocks.push({
          kind: 'table',
          header: ['指标', '目标', '当前值', '进度'],
          widths: [40, 20, 20, 20],
          rows: t.indicators.map((x) => [
            `${x.name}${x.source === 'live' ? '（实时）' : ''}`,
            `${DIRECTION[x.direction]}${num(x.target)}${x.unit}`,
            x.value === null ? '—' : `${num(x.value)}${x.unit}`,
            TRACK[x.track],
          ]),
        });
    }
  }
  blocks.push({ kind: 'heading', text: '三、存在风险和逾期事项' });
  if (c.risks.length === 0) blocks.push({ kind: 'para', text: '无。' });
  else
    blocks.push({
      kind: 'table',
      header: ['事项', '状态', '牵头单位', '完成时限'],
      widths: [40, 15, 30, 15],
      rows: c.risks.map((x) => [`${x.number}${x.title}`, STATUS[x.status], x.leadUnits.join('、'), x.deadline ?? '—']),
    });
  blocks.push({ kind: 'heading', text: '四、本月督办情况' });
  if (c.notices.length === 0) blocks.push({ kind: 'para', text: '本月未印发督办通知。' });
  else
    blocks.push({
      kind: 'table',
      header: ['事项', '督办单位', '等级', '回复期限', '状态', '督办事由'],
      widths: [22, 20, 8, 13, 10, 27],
      rows: c.notices.map((n) => [
        n.itemTitle,
        n.unitName,
        `${CN_NUMBERS[n.level - 1] ?? n.level}级`,
        n.replyDue,
        n.state === 'open' ? '待回复' : '已回复',
        n.reason,
      ]),
    });
  return blocks;
}
