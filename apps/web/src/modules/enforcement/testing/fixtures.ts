import type { CaseClockView, CaseDetail, CasePenalty } from '@ecocloud/contracts';

/** A running clock (override what a test is about). */
export function clockFixture(overrides: Partial<CaseClockView> = {}): CaseClockView {
  return {
    code: 'DECISION',
    citation: '行政处罚法 第六十条',
    text: '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定',
    mark: '✅',
    from: '2026-11-05',
    dueDate: '2027-02-03',
    daysLeft: 85,
    paused: false,
    overdue: false,
    satisfied: false,
    doneOn: null,
    extended: 0,
    pausedDays: 0,
    lateFeeYuan: null,
    ...overrides,
  };
}

/** The reference worked example: table 2.7.2, two B-class pollutants, 120 t/d, 4× the limit, first time → 200,000 元. */
export function penaltyFixture(overrides: Partial<CasePenalty> = {}): CasePenalty {
  return {
    jurisdiction: '450000',
    table: '2.7.2',
    tableName: '超过许可排放浓度、许可排放量排放水污染物（表B）',
    basis: {
      id: 'code-1103',
      law: '中华人民共和国生态环境法典',
      article: '第一千一百零三条',
      citation: '《中华人民共和国生态环境法典》第一千一百零三条',
      verified: false,
    },
    basisReason: 'act_date_law',
    basisExplanation:
      '适用违法行为发生时的规定：《中华人民共和国生态环境法典》第一千一百零三条（生态环境法典第一千零五十七条）',
    statutoryRange: { minYuan: 200_000, maxYuan: 1_000_000 },
    factors: [
      { key: 'start', label: '起始权重', value: '', grade: '起始', weightPercent: 7, defaulted: false },
      { key: 'pollutant_count', label: '超标污染物种类', value: '2', grade: '2种', weightPercent: 2, defaulted: false },
      {
        key: 'pollutant_class',
        label: '污染物类别',
        value: 'B',
        grade: 'B类污染物',
        weightPercent: 0,
        defaulted: false,
      },
      { key: 'area', label: '排放口所在区域', value: 'general', grade: '一般区域', weightPercent: 0, defaulted: false },
      {
        key: 'daily_volume',
        label: '废水排放量（许可或环评日排放量）',
        value: '120',
        grade: '50吨以上200吨以下',
        weightPercent: 3,
        defaulted: false,
      },
      { key: 'degree', label: '超标程度', value: '4', grade: '超标3倍以上8倍以下', weightPercent: 8, defaulted: false },
      {
        key: 'repeats',
        label: '两年内同类违法次数（含本次）',
        value: '',
        grade: '1次',
        weightPercent: 0,
        defaulted: true,
      },
    ],
    sumPercent: 20,
    floorPercent: 20,
    appliedPercent: 20,
    clamped: null,
    fineYuan: 200_000,
    noPenalty: null,
    warnings: ['裁量系数未经官方文本核实'],
    decisionDate: '2026-11-09',
    ...overrides,
  };
}

/** A Nanning case just filed from a lead, investigating, with its filing clock done and the decision clock running. */
export function caseFixture(overrides: Partial<CaseDetail> = {}): CaseDetail {
  const decision = clockFixture();
  return {
    id: 'case-1',
    caseNo: '环罚〔2026〕1号',
    title: '南宁示范热电有限公司在线监测线索',
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    regionCode: '450103',
    violation: 'water_exceed_permit',
    state: 'investigating',
    actDate: '2026-10-20',
    fineYuan: null,
    nextClock: decision,
    overdue: false,
    paused: false,
    createdAt: '2026-11-02T02:00:00.000Z',
    outletId: 'o1',
    leadId: 'lead-1',
    facts: '2026-10-20至2026-10-21，排放口在线监测数据显示化学需氧量超过许可排放浓度。',
    actEndDate: '2026-10-21',
    causedHarm: false,
    jurisdiction: '450000',
    events: [
      {
        id: 'ev-1',
        kind: 'lead_found',
        date: '2026-11-02',
        endDate: null,
        note: '线索：lead-1',
        data: {},
        createdBy: 'u1',
        createdAt: '2026-11-02T02:00:00.000Z',
      },
      {
        id: 'ev-2',
        kind: 'filed',
        date: '2026-11-05',
        endDate: null,
        note: '',
        data: {},
        createdBy: 'u1',
        createdAt: '2026-11-05T02:00:00.000Z',
      },
    ],
    clocks: [
      clockFixture({
        code: 'FILING',
        citation: '生态环境行政处罚办法（生态环境部令第30号）',
        text: '自发现线索之日起十五日内决定是否立案；经本机关负责人批准，可以延长十五日',
        mark: '⚠',
        from: '2026-11-02',
        dueDate: '2026-11-17',
        daysLeft: null,
        satisfied: true,
        doneOn: '2026-11-05',
      }),
      decision,
    ],
    penalty: null,
    limitation: { lastDay: '2028-11-02', within: true, years: 2, citation: '生态环境法典第一千零五十四条' },
    dailyPenalty: null,
    allowedEvents: ['extended', 'paused', 'findings', 'monitoring_report', 'correction_order_made', 'note'],
    ...overrides,
  };
}
