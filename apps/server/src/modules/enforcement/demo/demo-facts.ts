import type { ViolationType } from '@ecocloud/standards';
import { addCalendarDays, daysBetween } from '../../../platform/deadlines';
import type { Family } from './demo-stories';

/**
 * What a demo case is about: the violation, the Guangxi discretion table that weighs it, the facts
 * the table reads (plausible values, drawn), the act's days, and the case's title and facts in zh-CN.
 * Pure; `rand` is the case's own seeded stream.
 */

export type Medium = 'water' | 'gas';

export type CaseFacts = {
  violation: ViolationType;
  /** The table of the Guangxi 2023 benchmark (2.7.1 …); null: no table (the case stays before the penalty). */
  table: string | null;
  inputs: Record<string, string>;
  actDate: string;
  actEndDate: string | null;
  causedHarm: boolean;
  title: string;
  facts: string;
};

type Rand = () => number;

/** One of the values, each as often as its weight. */
function weighted<T>(rand: Rand, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1]![0];
}

const between = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
/** A multiple of the limit exceeded ((C − L) / L), one decimal, mostly small. */
function multiple(rand: Rand): number {
  const [min, max] = weighted(rand, [
    [[2, 9], 4],
    [[10, 29], 4],
    [[30, 80], 2],
  ] as const);
  return between(rand, min, max) / 10;
}

const WATER_POLLUTANTS = {
  B: ['化学需氧量', '氨氮', '总磷'],
  A: ['总铜', '总锌', '总镍'],
  toxic: ['六价铬', '总镉', '总砷'],
};
const AIR_POLLUTANTS = {
  B: ['二氧化硫', '氮氧化物', '颗粒物'],
  voc: ['非甲烷总烃', '苯系物', '颗粒物'],
  A: ['铅及其化合物', '汞及其化合物', '二氧化硫'],
};

const AREA = [
  ['general', 6],
  ['restricted', 2],
  ['eco_sensitive', 1],
] as const;
const REPEATS = [
  ['1', 5],
  ['2', 1],
] as const;

const EVASION_FORMS = {
  secret_discharge: '私设暗管排放水污染物',
  whole_abnormal: '不正常运行水污染防治设施排放水污染物',
  part_abnormal: '部分水污染防治设施不正常运行排放水污染物',
  tampering: '篡改自动监测数据逃避监管排放水污染物',
} as const;
type EvasionForm = keyof typeof EVASION_FORMS;

function exceedFacts(
  rand: Rand,
  medium: Medium,
  outlet: string,
  actDate: string,
): Omit<CaseFacts, 'actDate' | 'actEndDate'> {
  const permit = rand() < 0.6;
  const count = weighted(rand, [
    [1, 5],
    [2, 3],
    [3, 1],
  ] as const);
  const times = multiple(rand);
  const repeats = weighted(rand, REPEATS);
  const area = weighted(rand, AREA);
  if (medium === 'water') {
    const cls = weighted(rand, [
      ['B', 7],
      ['A', 2],
      ['toxic', 1],
    ] as const);
    const names = WATER_POLLUTANTS[cls].slice(0, count).join('、');
    const volume = weighted(rand, [
      [35, 1],
      [80, 2],
      [150, 2],
      [260, 2],
      [600, 2],
      [1500, 1],
    ] as const);
    return {
      violation: permit ? 'water_exceed_permit' : 'water_exceed_standard',
      table: permit ? '2.7.2' : '2.7.1',
      inputs: {
        pollutant_count: String(count),
        pollutant_class: cls,
        area,
        daily_volume_t: String(volume),
        exceed_multiple: String(times),
        repeats_2y: repeats,
      },
      causedHarm: cls === 'toxic',
      title: permit ? '超过许可排放浓度排放水污染物' : '超标排放水污染物',
      facts: `${actDate}起，${outlet}废水排放口自动监测数据显示${names}日均浓度超过${permit ? '排污许可证许可排放浓度' : '水污染物排放标准'}，最高超标${times}倍，日排放废水约${volume}吨；执法人员现场检查并采样监测予以确认。`,
    };
  }
  const cls = weighted(rand, [
    ['B', 6],
    ['voc', 2],
    ['A', 1],
  ] as const);
  const names = AIR_POLLUTANTS[cls].slice(0, count).join('、');
  const period = weighted(rand, [
    ['general', 5],
    ['heavy_pollution_warning', 1],
  ] as const);
  return {
    violation: permit ? 'air_exceed_permit' : 'air_exceed_standard',
    table: permit ? '3.4.2' : '3.4.1',
    inputs: {
      pollutant_count: String(count),
      pollutant_class: cls,
      area,
      period,
      exceed_multiple: String(times),
      repeats_2y: repeats,
    },
    causedHarm: cls === 'A',
    title: permit ? '超过许可排放浓度排放大气污染物' : '超标排放大气污染物',
    facts: `${actDate}起，${outlet}废气排放口自动监测数据显示${names}小时浓度超过${permit ? '排污许可证许可排放浓度' : '大气污染物排放标准'}，最高超标${times}倍${period === 'heavy_pollution_warning' ? '，时值重污染天气预警期间' : ''}；执法人员现场检查予以确认。`,
  };
}

function evasionFacts(rand: Rand, form: EvasionForm, outlet: string, actDate: string, actEndDate: string) {
  const cls = weighted(rand, [
    ['B', 5],
    ['A', 1],
    ['toxic', 1],
  ] as const);
  const duration = daysBetween(actDate, actEndDate) + 1;
  const what = {
    secret_discharge: `通过私设暗管绕过${outlet}排放口排放生产废水`,
    whole_abnormal: '停运全部污水处理设施，生产废水未经处理直接排放',
    part_abnormal: '部分污水处理设施未正常运行，废水未经充分处理排放',
    tampering: `擅自修改${outlet}排放口自动监测设备参数，篡改监测数据，逃避监管排放废水`,
  }[form];
  return {
    violation: 'water_evasion' as const,
    table: '2.8.1',
    inputs: {
      form,
      pollutant_class: cls,
      area: weighted(rand, AREA),
      correction: weighted(rand, [
        ['within_deadline', 3],
        ['overdue', 1],
      ] as const),
      duration_days: String(duration),
      repeats_2y: weighted(rand, REPEATS),
    },
    causedHarm: cls === 'toxic' || form === 'secret_discharge',
    title: EVASION_FORMS[form],
    facts: `${actDate}至${actEndDate}，当事人${what}，持续约${duration}日；执法人员现场检查、调取自动监测数据并制作笔录予以确认。`,
  };
}

/**
 * The facts of a case of `family` whose lead was found on `leadFoundOn`, at the outlet `outlet`
 * (its code) of the given medium. `form` forces the evasion's form (a sealed secret pipe …).
 */
export function caseFactsOf(
  family: Family,
  medium: Medium,
  outlet: string,
  leadFoundOn: string,
  rand: Rand,
  form?: EvasionForm,
): CaseFacts {
  const back = (min: number, max: number) => addCalendarDays(leadFoundOn, -between(rand, min, max));
  switch (family) {
    case 'exceed': {
      const actDate = back(2, 8);
      const end = addCalendarDays(actDate, between(rand, 0, 3));
      const actEndDate = end < leadFoundOn ? end : actDate;
      return { ...exceedFacts(rand, medium, outlet, actDate), actDate, actEndDate };
    }
    case 'evasion':
    case 'tampering': {
      // A continuing act, weeks to months long: one that ran past 2026-08-15 is judged under the Code.
      const actDate = family === 'evasion' ? back(20, 200) : back(10, 90);
      const actEndDate = back(0, 3);
      const chosen: EvasionForm =
        form ??
        (family === 'tampering'
          ? 'tampering'
          : weighted(rand, [
              ['secret_discharge', 2],
              ['whole_abnormal', 2],
              ['part_abnormal', 1],
            ] as const));
      return { ...evasionFacts(rand, chosen, outlet, actDate, actEndDate), actDate, actEndDate };
    }
    case 'falsification': {
      const actDate = back(10, 60);
      const actEndDate = back(1, 5);
      return {
        violation: 'data_falsification',
        table: null,
        inputs: {},
        actDate,
        actEndDate,
        causedHarm: false,
        title: '篡改、伪造自动监测数据',
        facts: `${actDate}至${actEndDate}，${outlet}排放口自动监测数据长时间呈恒值、与工况不符，涉嫌篡改、伪造自动监测数据，待鉴定。`,
      };
    }
    case 'air_evasion': {
      const actDate = back(3, 30);
      return {
        violation: 'air_evasion',
        table: null,
        inputs: {},
        actDate,
        actEndDate: back(0, 2),
        causedHarm: false,
        title: '不正常运行大气污染防治设施排放大气污染物',
        facts: `${actDate}起，${outlet}排放口脱硫设施用电量异常偏低，涉嫌不正常运行大气污染防治设施。`,
      };
    }
  }
}

/** The medium a family needs of the enterprise's outlets (null: either). */
export const mediumNeeded = (family: Family): Medium | null =>
  family === 'evasion' || family === 'tampering' ? 'water' : family === 'air_evasion' ? 'gas' : null;
