import { days, wd, type StoryStep } from './demo-timeline';

/**
 * The demo's year of cases as stories: which steps a case went through, how far apart (inside the
 * legal clocks: filing ≤ 15 days, decision ≤ 90 days from filing plus pauses, hearing request ≤ 5
 * working days, hearing notified ≥ 7 working days before, service ≤ 7 working days, payment ≤ 15 days,
 * re-inspection ≤ 30 days, seizure ≤ 30 days, production limit ≤ 3 months), and how long ago the last
 * step was. Only the stories marked `late` leave a clock run out on purpose (a lead not filed in time,
 * a fine not paid). Data, read by demo-cases.ts.
 */

/**
 * What the case is about: `exceed` a limit of the enterprise's outlet medium (permit or standard),
 * `evasion` of supervision by water (暗管, controls not run), `tampering` with monitoring data to evade
 * it (judged under the water-evasion article, Table D's 篡改数据 form), `falsification` (数据造假, no
 * Guangxi table: only in stories before the penalty), `air_evasion` likewise.
 */
export type Family = 'exceed' | 'evasion' | 'tampering' | 'falsification' | 'air_evasion';

export type Story = {
  key: string;
  /** Families of the story's cases in turn (the first for the first case …). */
  families: readonly Family[];
  count: number;
  /** Days before today of the last step, drawn per case. */
  endAgo: readonly [number, number];
  steps: readonly StoryStep[];
  /** A clock left to run out on purpose (shown overdue). */
  late?: 'filing' | 'payment';
};

const s = (kind: StoryStep['kind'], gap = days(0), data?: StoryStep['data'], note?: string): StoryStep => ({
  kind,
  gap,
  ...(data ? { data } : {}),
  ...(note ? { note } : {}),
});

const LEAD = s('lead_found');
const FILED = s('filed', days(1, 8));
const FINDINGS = s('findings', days(18, 35), undefined, '调查终结，违法事实清楚');
const NOTICE = s('notice_sent', days(1, 4), { hearingRight: true }, '送达行政处罚事先（听证）告知书');
/** The party let the 5 working days pass: the legal review comes after them. */
const REVIEW_AFTER_NOTICE = s('legal_review', wd(6, 9), undefined, '重大执法决定法制审核');
const DECIDED = s('decided', days(1, 4));
const SERVED = s('served', wd(0, 3));
const PAID = s('paid', days(3, 12));

const UP_TO_NOTICE = [LEAD, FILED, FINDINGS, NOTICE];
const HEARING = [
  s('hearing_requested', wd(1, 4), undefined, '当事人书面申请听证'),
  s('paused', days(0), { reason: 'hearing' }),
  s('hearing_notified', wd(1, 3)),
];
const HEARD = [
  ...HEARING,
  s('heard', wd(8, 11), undefined, '听证会举行，当事人陈述申辩'),
  s('resumed', days(0)),
  s('legal_review', wd(2, 5), undefined, '听证后法制审核'),
];
const UP_TO_DECISION = [...UP_TO_NOTICE, REVIEW_AFTER_NOTICE, DECIDED];

export const DEMO_STORIES: readonly Story[] = [
  {
    key: 'lead_waiting',
    families: ['exceed', 'falsification', 'exceed', 'air_evasion'],
    count: 4,
    endAgo: [1, 10],
    steps: [LEAD],
  },
  // A calendar period ending on a rest day rolls on (Spring Festival: up to 9 days), so 26+ days is past due.
  { key: 'lead_overdue', families: ['exceed', 'evasion'], count: 2, endAgo: [26, 36], steps: [LEAD], late: 'filing' },
  {
    key: 'not_filed',
    families: ['exceed'],
    count: 2,
    endAgo: [20, 250],
    steps: [LEAD, s('not_filed', days(3, 10), undefined, '经核查，数据异常系仪器故障，已报备，不予立案')],
  },
  { key: 'investigating', families: ['exceed', 'evasion', 'exceed'], count: 3, endAgo: [3, 55], steps: [LEAD, FILED] },
  {
    key: 'investigating_monitoring',
    families: ['exceed'],
    count: 1,
    endAgo: [3, 20],
    steps: [
      LEAD,
      FILED,
      s('paused', days(5, 12), { reason: 'monitoring' }, '委托监测机构采样监测'),
      s('resumed', days(7, 14), undefined, '监测报告出具'),
    ],
  },
  {
    key: 'investigating_filing_extended',
    families: ['tampering'],
    count: 1,
    endAgo: [5, 30],
    steps: [
      LEAD,
      s('extended', days(9, 12), { clock: 'FILING', by: 'approval', amount: 15 }, '案情复杂，经负责人批准延长立案期限'),
      s('filed', days(5, 10)),
    ],
  },
  {
    key: 'investigating_decision_extended',
    families: ['evasion'],
    count: 1,
    endAgo: [5, 20],
    steps: [
      LEAD,
      s('filed', days(2, 6)),
      s(
        'extended',
        days(75, 84),
        { clock: 'DECISION', by: 'approval', amount: 30 },
        '需补充调查取证，经负责人批准延长30日',
      ),
    ],
  },
  {
    key: 'suspended',
    families: ['falsification', 'exceed'],
    count: 2,
    endAgo: [5, 50],
    steps: [LEAD, FILED, s('paused', days(10, 35), { reason: 'suspended' }, '涉案数据需司法鉴定，中止调查')],
  },
  {
    key: 'terminated',
    families: ['exceed'],
    count: 1,
    endAgo: [30, 250],
    steps: [LEAD, FILED, s('terminated', days(20, 45), undefined, '当事人已注销，终止调查')],
  },
  {
    key: 'findings_after_suspension',
    families: ['evasion'],
    count: 1,
    endAgo: [2, 15],
    steps: [
      LEAD,
      FILED,
      s('paused', days(5, 12), { reason: 'suspended' }, '等待检测鉴定结论，中止调查'),
      s('resumed', days(10, 20), undefined, '鉴定结论已出具，恢复调查'),
      s('findings', days(8, 15)),
    ],
  },
  { key: 'findings', families: ['exceed'], count: 1, endAgo: [2, 20], steps: [LEAD, FILED, FINDINGS] },
  // Within the 5 working days of the hearing request.
  { key: 'notice_sent', families: ['exceed', 'evasion', 'exceed'], count: 3, endAgo: [0, 3], steps: UP_TO_NOTICE },
  {
    key: 'hearing_requested',
    families: ['exceed'],
    count: 1,
    endAgo: [0, 4],
    steps: [...UP_TO_NOTICE, ...HEARING.slice(0, 2)],
  },
  {
    key: 'hearing_scheduled',
    families: ['exceed', 'evasion'],
    count: 2,
    endAgo: [0, 4],
    steps: [...UP_TO_NOTICE, ...HEARING],
  },
  {
    key: 'heard',
    families: ['exceed', 'tampering'],
    count: 2,
    endAgo: [0, 6],
    steps: [...UP_TO_NOTICE, ...HEARD.slice(0, 5)],
  },
  {
    key: 'legal_review',
    families: ['exceed', 'exceed'],
    count: 2,
    endAgo: [0, 8],
    steps: [...UP_TO_NOTICE, REVIEW_AFTER_NOTICE],
  },
  // Within the 7 working days of service.
  { key: 'decided', families: ['exceed', 'evasion'], count: 2, endAgo: [0, 3], steps: UP_TO_DECISION },
  // Within the 15 days of payment (the last step may move back up to 9 days off a holiday).
  {
    key: 'served',
    families: ['exceed', 'exceed', 'evasion'],
    count: 3,
    endAgo: [1, 5],
    steps: [...UP_TO_DECISION, SERVED],
  },
  // Past the payment period (it may roll up to 9 days off the Spring Festival): 3 % a day, capped at the fine.
  {
    key: 'served_overdue',
    families: ['exceed', 'exceed', 'evasion'],
    count: 3,
    endAgo: [26, 70],
    steps: [...UP_TO_DECISION, SERVED],
    late: 'payment',
  },
  {
    key: 'paid',
    families: ['exceed', 'exceed', 'evasion', 'exceed', 'exceed'],
    count: 5,
    endAgo: [3, 200],
    steps: [...UP_TO_DECISION, SERVED, PAID],
  },
  {
    // 行政强制法 §53: the court is asked within three months after the six months for a lawsuit run out.
    key: 'enforced',
    families: ['exceed', 'evasion'],
    count: 2,
    endAgo: [5, 60],
    steps: [
      ...UP_TO_DECISION,
      SERVED,
      s('enforcement_applied', days(190, 230), undefined, '逾期不缴纳，申请人民法院强制执行'),
    ],
    late: 'payment',
  },
  {
    key: 'closed',
    families: ['exceed', 'exceed', 'evasion', 'exceed', 'tampering', 'exceed', 'exceed'],
    count: 7,
    endAgo: [20, 330],
    steps: [...UP_TO_DECISION, SERVED, PAID, s('closed', days(5, 30), undefined, '罚款已缴清，结案')],
  },
  {
    key: 'closed_after_hearing',
    families: ['exceed'],
    count: 1,
    endAgo: [60, 300],
    steps: [...UP_TO_NOTICE, ...HEARD, DECIDED, SERVED, PAID, s('closed', days(5, 20))],
  },
  {
    // Two cycles: the order to correct with the decision, a re-inspection within 30 days finding the
    // discharge going on, the order re-issued, a second re-inspection finding it again (Code art. 1060, 部令第28号).
    key: 'daily_penalty_two_cycles',
    families: ['exceed'],
    count: 1,
    endAgo: [5, 120],
    steps: [
      ...UP_TO_DECISION,
      s('correction_order_made', days(0), undefined, '责令改正违法行为决定书'),
      SERVED,
      s('correction_order_served', days(0)),
      s('paid', days(5, 10)),
      s('reinspected', days(8, 14), { finding: 'violation' }, '暗查复查，仍超标排放'),
      s('correction_order_served', wd(1, 3), undefined, '再次责令改正'),
      s('reinspected', days(10, 20), { finding: 'violation' }, '再次复查，仍超标排放'),
    ],
  },
  {
    key: 'daily_penalty_corrected',
    families: ['exceed'],
    count: 1,
    endAgo: [5, 150],
    steps: [
      ...UP_TO_DECISION,
      SERVED,
      s('paid', days(3, 8)),
      s('monitoring_report', days(1, 4), undefined, '监督性监测报告：仍超标'),
      s('correction_order_made', days(0)),
      s('correction_order_served', wd(0, 2)),
      s('reinspected', days(12, 25), { finding: 'violation' }, '复查仍超标排放'),
      s('correction_order_served', wd(1, 2), undefined, '再次责令改正'),
      s('reinspected', days(10, 20), { finding: 'corrected' }, '复查已改正'),
    ],
  },
  {
    // 部令第29号 §4: evasion by a secret pipe must be sealed; ≤ 30 days (§15).
    key: 'seizure',
    families: ['evasion'],
    count: 1,
    endAgo: [10, 200],
    steps: [
      LEAD,
      s('filed', days(1, 3)),
      s('seized', days(0, 2), undefined, '查封暗管及相关设施'),
      s('seizure_released', days(20, 28), undefined, '暗管已拆除，解除查封'),
      s('findings', days(3, 10)),
      NOTICE,
      REVIEW_AFTER_NOTICE,
      DECIDED,
      SERVED,
      PAID,
    ],
  },
  {
    key: 'referred_to_police',
    families: ['tampering'],
    count: 1,
    endAgo: [10, 250],
    steps: [
      LEAD,
      FILED,
      s('referred_to_police', days(3, 10), undefined, '篡改自动监测数据，移送公安机关处理'),
      s('findings', days(10, 20)),
      NOTICE,
      REVIEW_AFTER_NOTICE,
      DECIDED,
      SERVED,
      PAID,
    ],
  },
  {
    // 部令第30号 (2014) §15: a production limit of at most three months.
    key: 'production_limited',
    families: ['exceed'],
    count: 1,
    endAgo: [10, 250],
    steps: [
      LEAD,
      s('filed', days(1, 5)),
      s('production_limited', days(2, 6), undefined, '责令限制生产'),
      s('findings', days(10, 20)),
      NOTICE,
      REVIEW_AFTER_NOTICE,
      DECIDED,
      SERVED,
      PAID,
      s('production_limit_lifted', days(5, 12), undefined, '整改完成，解除限制生产'),
    ],
  },
];
