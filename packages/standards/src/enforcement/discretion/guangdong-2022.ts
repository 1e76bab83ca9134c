import { above, below, exactly, is, within } from './grades';
import type { DiscretionTable, Factor, Jurisdiction } from './types';

/**
 * 广东省生态环境行政处罚自由裁量权规定 (粤环发〔2021〕7号, in force 2022-01-01, valid five years) and its
 * fine tables (regulation.md §3.5, ✅ PRIMARY). "以下" excludes and "以上" includes the number (§23); a
 * factor not found takes its lowest grade (§5–6).
 */
const FROM = '2022-01-01';
const TO = '2026-12-31';
const SOURCE = '粤环发〔2021〕7号 附件1 (regulation.md §3.5)';

const repeats = (w2: number, w3: number, w4: number): Factor => ({
  key: 'repeats',
  label: '两年内同类违法次数（含本次）',
  input: 'repeats_2y',
  grades: [
    within('1次', 0, exactly(1)),
    within('2次', w2, exactly(2)),
    within('3次', w3, exactly(3)),
    within('4次以上', w4, [above(4)]),
  ],
});

const area = (restricted: number, eco: number, dw1: number | null): Factor => ({
  key: 'area',
  label: '排放口所在区域',
  input: 'area',
  grades: [
    is('一般区域', 0, 'general'),
    is('限批区域或居民区等环境敏感区', restricted, 'restricted'),
    // Table C has no drinking-water row: a level-1 drinking-water area is read as ecologically sensitive (⚠).
    dw1 === null
      ? is('生态敏感区', eco, 'eco_sensitive', 'dw1')
      : is('生态敏感区（饮用水一级保护区除外）', eco, 'eco_sensitive'),
    ...(dw1 === null ? [] : [is('饮用水水源一级保护区', dw1, 'dw1')]),
  ],
});

const WATER_EXCEED: Factor[] = [
  {
    key: 'pollutant_count',
    label: '超标污染物种类',
    input: 'pollutant_count',
    grades: [within('1种', 0, exactly(1)), within('2种', 2, exactly(2)), within('3种以上', 8, [above(3)])],
  },
  {
    key: 'pollutant_class',
    label: '污染物类别',
    input: 'pollutant_class',
    grades: [is('B类污染物', 0, 'B'), is('A类污染物（非有毒）', 10, 'A'), is('有毒污染物', 22, 'toxic')],
  },
  area(3, 8, 15),
  {
    key: 'daily_volume',
    label: '废水排放量（许可或环评日排放量）',
    input: 'daily_volume_t',
    grades: [
      within('50吨以下', 0, [below(50)]),
      within('50吨以上200吨以下', 3, [above(50), below(200)]),
      within('200吨以上', 10, [above(200)]),
    ],
  },
  {
    key: 'degree',
    label: '超标程度',
    input: 'exceed_multiple',
    grades: [
      within(
        '仅pH超标，2<pH<5或10<pH<11',
        0,
        [
          { at: 2, word: 'gt' },
          { at: 5, word: 'lt' },
        ],
        'ph',
      ),
      within(
        '仅pH超标，2<pH<5或10<pH<11',
        0,
        [
          { at: 10, word: 'gt' },
          { at: 11, word: 'lt' },
        ],
        'ph',
      ),
      within('仅pH超标，pH≤2或pH≥11', 3, [{ at: 2, word: 'le' }], 'ph'),
      within('仅pH超标，pH≤2或pH≥11', 3, [{ at: 11, word: 'ge' }], 'ph'),
      within('超标3倍以下', 5, [below(3)]),
      within('超标3倍以上8倍以下', 8, [above(3), below(8)]),
      within('超标8倍以上20倍以下', 15, [above(8), below(20)]),
      within('超标20倍以上', 23, [above(20)]),
      within('超总量30%以下', 5, [below(30)], 'over_load_pct'),
      within('超总量30%以上50%以下', 8, [above(30), below(50)], 'over_load_pct'),
      within('超总量50%以上80%以下', 15, [above(50), below(80)], 'over_load_pct'),
      within('超总量80%以上', 23, [above(80)], 'over_load_pct'),
    ],
  },
  repeats(3, 6, 15),
];

const AIR_EXCEED: Factor[] = [
  {
    key: 'pollutant_count',
    label: '超标污染物种类',
    input: 'pollutant_count',
    grades: [within('1种', 0, exactly(1)), within('2种', 3, exactly(2)), within('3种以上', 5, [above(3)])],
  },
  {
    key: 'pollutant_class',
    label: '污染物类别',
    input: 'pollutant_class',
    grades: [
      is('含挥发性有机物', 3, 'voc'),
      is('B类污染物（非挥发性有机物）', 8, 'B'),
      is('A类污染物', 25, 'A', 'toxic'),
    ],
  },
  area(3, 15, null),
  {
    key: 'period',
    label: '排放时段',
    input: 'period',
    grades: [
      is('一般时段', 0, 'general'),
      is('重大活动保障期间', 5, 'special_event'),
      is('重污染天气预警期间', 10, 'heavy_pollution_warning'),
    ],
  },
  {
    key: 'degree',
    label: '超标程度',
    input: 'exceed_multiple',
    grades: [
      within('超标3倍以下', 2, [below(3)]),
      within('超标3倍以上8倍以下', 8, [above(3), below(8)]),
      within('超标8倍以上20倍以下', 10, [above(8), below(20)]),
      within('超标20倍以上', 21, [above(20)]),
      within('超总量30%以下', 2, [below(30)], 'over_load_pct'),
      within('超总量30%以上50%以下', 8, [above(30), below(50)], 'over_load_pct'),
      within('超总量50%以上80%以下', 10, [above(50), below(80)], 'over_load_pct'),
      within('超总量80%以上', 21, [above(80)], 'over_load_pct'),
    ],
  },
  repeats(4, 9, 14),
];

const WATER_EVASION: Factor[] = [
  {
    key: 'form',
    label: '违法情形',
    input: 'form',
    grades: [
      is('部分污染防治设施不正常运行', 0, 'part_abnormal'),
      is('全部污染防治设施不正常运行', 10, 'whole_abnormal'),
      is('私设暗管等方式排放', 20, 'secret_discharge'),
      is('篡改、伪造监测数据', 20, 'tampering'),
    ],
  },
  {
    key: 'toxic',
    label: '有毒污染物',
    input: 'pollutant_class',
    grades: [is('不含有毒污染物', 0, 'B', 'A'), is('含有毒污染物', 19, 'toxic')],
  },
  area(3, 8, 15),
  {
    key: 'correction',
    label: '改正情况',
    input: 'correction',
    grades: [is('限期内改正', 0, 'within_deadline'), is('逾期未改正', 5, 'overdue')],
  },
  {
    key: 'duration',
    label: '违法持续时间',
    input: 'duration_days',
    grades: [
      within('1日以下', 0, [below(1)]),
      within('1日以上5日以下', 2, [above(1), below(5)]),
      within('5日以上15日以下', 8, [above(5), below(15)]),
      within('15日以上', 15, [above(15)]),
    ],
  },
  repeats(2, 7, 16),
];

const table = (
  id: string,
  name: string,
  violations: DiscretionTable['violations'],
  writtenFor: string,
  startWeight: number,
  factors: Factor[],
  floorPercent: number | null,
): DiscretionTable => ({
  jurisdiction: '440000',
  id,
  name,
  violations,
  writtenFor,
  startWeight,
  factors,
  floorPercent,
  from: FROM,
  to: TO,
  verified: true,
  source: SOURCE,
});

export const GUANGDONG_2022: Jurisdiction = {
  code: '440000',
  name: '广东省',
  boundaryWords: { above: 'inclusive', below: 'exclusive' },
  tables: [
    table(
      '2.7.1',
      '超标或超总量排放水污染物（表A）',
      ['water_exceed_standard'],
      'water-law-83-2',
      7,
      WATER_EXCEED,
      null,
    ),
    table(
      '2.7.2',
      '超过许可排放浓度、许可排放量排放水污染物（表B）',
      ['water_exceed_permit'],
      'permit-reg-34-1',
      7,
      WATER_EXCEED,
      20,
    ),
    table('3.4.1', '超标或超总量排放大气污染物（表C）', ['air_exceed_standard'], 'air-law-99-2', 10, AIR_EXCEED, null),
    table(
      '3.4.2',
      '超过许可排放浓度、许可排放量排放大气污染物',
      ['air_exceed_permit'],
      'permit-reg-34-1',
      10,
      AIR_EXCEED,
      20,
    ),
    table('2.8.1', '以逃避监管的方式排放水污染物（表D）', ['water_evasion'], 'water-law-83-3', 10, WATER_EVASION, null),
  ],
  noPenalty: [
    {
      id: 'E-water-exceed-minor',
      text: '初次超标排放水污染物，仅一项B类污染物超标且超标倍数小于0.1倍，并在责令改正期限内改正',
      violations: ['water_exceed_standard', 'water_exceed_permit'],
      conditions: [
        within('初次', 0, exactly(1), 'repeats_2y'),
        within('一项', 0, exactly(1), 'pollutant_count'),
        { ...is('B类', 0, 'B'), input: 'pollutant_class' },
        within('小于0.1倍', 0, [{ at: 0.1, word: 'lt' }], 'exceed_multiple'),
        { ...is('限期内改正', 0, 'within_deadline'), input: 'correction' },
      ],
    },
    {
      id: 'E-water-ph-minor',
      text: '初次超标排放水污染物，仅pH超标且在5至10之间，并在责令改正期限内改正',
      violations: ['water_exceed_standard', 'water_exceed_permit'],
      conditions: [
        within('初次', 0, exactly(1), 'repeats_2y'),
        within(
          'pH在5至10之间',
          0,
          [
            { at: 5, word: 'ge' },
            { at: 10, word: 'le' },
          ],
          'ph',
        ),
        { ...is('限期内改正', 0, 'within_deadline'), input: 'correction' },
      ],
    },
  ],
};
