import type { Insertable } from 'kysely';
import { TRACKING_CODE_ALPHABET, type ComplaintKind } from '@ecocloud/contracts';
import { addCalendarDays, daysBetween, nextWorkingDay, type WorkingCalendar } from '../../../platform/deadlines';
import { seededRng } from '../../../platform/demo/seeded-rng';
import type { ComplaintEventsTable, ComplaintReportersTable, ComplaintsTable } from '../complaints.tables';
import { NO_REVIEW_YET } from '../reports/complaint-row';

/** City centres (lon, lat) of the demo's cities, for points scattered around them. */
export const CITY_CENTRES: Record<string, [number, number]> = {
  '450100': [108.37, 22.82],
  '450200': [109.42, 24.33],
  '450300': [110.29, 25.27],
  '450400': [111.28, 23.48],
  '450500': [109.12, 21.48],
  '450600': [108.35, 21.69],
  '450700': [108.65, 21.98],
  '450800': [109.6, 23.11],
  '450900': [110.16, 22.64],
  '451000': [106.62, 23.9],
  '451100': [111.57, 24.4],
  '451200': [108.09, 24.69],
  '451300': [109.22, 23.75],
  '451400': [107.36, 22.38],
};
/** More people, more reports: Nanning, Liuzhou and Guilin weigh most. */
const CITY_WEIGHTS: [string, number][] = Object.keys(CITY_CENTRES).map((c) => [
  c,
  c === '450100' ? 6 : c === '450200' || c === '450300' ? 4 : 2,
]);

const KINDS: [ComplaintKind, number, string[]][] = [
  [
    'odour',
    30,
    ['夜间闻到刺鼻的化工异味，开窗就很明显', '工业园方向飘来恶臭，持续多日', '垃圾中转站臭味很重，影响居民休息'],
  ],
  ['noise', 22, ['工厂设备噪声很大，晚上十点后仍未停止', '冷却塔噪声扰民，白天晚上都有', '商铺外放音响声音过大']],
  ['dust', 18, ['搅拌站扬尘严重，车辆进出未冲洗', '工地裸土未覆盖，刮风时尘土飞扬', '砂石堆场粉尘很大']],
  ['water_colour', 12, ['河道水体发黑发臭，疑有偷排', '排水口流出红褐色的水', '池塘水面出现泡沫和油污']],
  ['night_construction', 18, ['工地夜间施工至凌晨，噪声扰民', '深夜打桩，未见夜间施工许可公示', '夜间渣土车频繁进出']],
];
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const ADDRESS_HINTS = ['人民路', '民族大道', '解放路', '工业园区', '江滨路', '城南新区', '高新大道', '朝阳路'];

type DemoEnterprise = { id: string; name: string; regionCode: string };
export type DemoReports = {
  complaints: Insertable<ComplaintsTable>[];
  reporters: Insertable<ComplaintReportersTable>[];
  events: Insertable<ComplaintEventsTable>[];
};

export type DemoContext = {
  today: string;
  calendar: WorkingCalendar;
  enterprises: readonly DemoEnterprise[];
  orgOf: (regionCode: string) => string;
};

function pick<T>(rng: () => number, weighted: readonly [T, number, ...unknown[]][]): T {
  const total = weighted.reduce((s, w) => s + w[1], 0);
  let x = rng() * total;
  for (const w of weighted) if ((x -= w[1]) < 0) return w[0];
  return weighted[weighted.length - 1]![0];
}

export const demoTrackingCode = (rng: () => number) =>
  Array.from({ length: 12 }, () => TRACKING_CODE_ALPHABET[Math.floor(rng() * TRACKING_CODE_ALPHABET.length)]).join('');

const ANSWERS: Record<string, string> = {
  substantiated: '经现场核查，反映情况属实。已责令该单位立即整改，并依法立案查处，后续将加强巡查。',
  not: '经现场核查，未发现所反映的问题，现场监测结果达标。我局将持续关注，欢迎继续监督。',
  petition: '关于您反映的问题，经调查核实，已会同相关部门研究处理，现将处理意见答复如下：已督促责任单位落实整改措施。',
};

/**
 * A year of reports across Guangxi up to `today`: odour, noise, dust, water colour and night construction,
 * a third anonymous, a quarter on register enterprises (three of them substantiated three or more times in
 * 12 months, so they go on the special-supervision list), duplicates merged into the open report on the same
 * matter, a few accepted or answered late on purpose, extensions, petitions with 复查, ratings. Deterministic.
 */
export function buildDemoReports(ctx: DemoContext, count = 320): DemoReports {
  const rng = seededRng(19_0001);
  const out: DemoReports = { complaints: [], reporters: [], events: [] };
  const at = `${ctx.today}T00:00:00.000Z`;
  const work = (d: string) => nextWorkingDay(d, ctx.calendar);
  const clampToday = (d: string) => (d > ctx.today ? ctx.today : d);
  const event = (id: string, n: number, kind: string, date: string, data: object = {}, note = '') =>
    out.events.push({
      id: `${id}-e${n}`,
      complaint_id: id,
      kind,
      date,
      note,
      data: JSON.stringify(data),
      created_by: null,
      created_at: at,
    });
  // Enterprises with repeat substantiated reports: the first three of the register (sorted ids).
  const repeaters = [...ctx.enterprises].sort((a, b) => a.id.localeCompare(b.id)).slice(0, 3);
  const forced: { enterprise: DemoEnterprise; ageDays: number }[] = repeaters.flatMap((e, i) =>
    Array.from({ length: 3 + (i === 0 ? 1 : 0) }, (_, k) => ({ enterprise: e, ageDays: 100 + 60 * k + 7 * i })),
  );
  for (let i = 0; i < count; i++) {
    const id = `cmp-demo-${String(i + 1).padStart(4, '0')}`;
    const f = forced[i];
    const enterprise =
      f?.enterprise ??
      (rng() < 0.2 && ctx.enterprises.length ? ctx.enterprises[Math.floor(rng() * ctx.enterprises.length)]! : null);
    const city = enterprise ? `${enterprise.regionCode.slice(0, 4)}00` : pick(rng, CITY_WEIGHTS);
    const region = enterprise?.regionCode ?? city;
    const drawn = pick(rng, KINDS);
    const [kind, , texts] = KINDS.find((k) => k[0] === drawn)!;
    const [lon0, lat0] = CITY_CENTRES[city] ?? [108.37, 22.82];
    const age = f?.ageDays ?? Math.floor(rng() * 365);
    const received = addCalendarDays(ctx.today, -age);
    const anonymous = rng() < 0.33;
    const duplicateOf = !f && i > 10 && rng() < 0.07 ? out.complaints[out.complaints.length - 1] : undefined;
    const base = duplicateOf ?? null;
    const row: Insertable<ComplaintsTable> = {
      id,
      tracking_code: demoTrackingCode(rng),
      channel: pick(rng, [
        ['portal', 5],
        ['hotline', 4],
        ['wechat', 3],
        ['letter', 1],
      ] as [string, number][]),
      kind: base ? base.kind : kind,
      description: base ? `${base.description}（再次反映）` : texts[Math.floor(rng() * texts.length)]!,
      region_code: base ? base.region_code : region,
      address: base
        ? base.address
        : `${ADDRESS_HINTS[Math.floor(rng() * ADDRESS_HINTS.length)]}${1 + Math.floor(rng() * 300)}号附近`,
      lon: base ? (base.lon ?? null) : Math.round((lon0 + (rng() - 0.5) * 0.3) * 1e5) / 1e5,
      lat: base ? (base.lat ?? null) : Math.round((lat0 + (rng() - 0.5) * 0.25) * 1e5) / 1e5,
      occurred_on: addCalendarDays(received, -Math.floor(rng() * 3)),
      received_on: base ? clampToday(addCalendarDays(base.received_on, 1 + Math.floor(rng() * 4))) : received,
      accepted_on: null,
      state: 'received',
      classification: null,
      referral: null,
      anonymous: anonymous ? 1 : 0,
      handling_org_id: ctx.orgOf(base ? base.region_code : region),
      enterprise_id: base ? (base.enterprise_id ?? null) : (enterprise?.id ?? null),
      enforcement_case_id: null,
      merged_into_id: null,
      handover_batch: null,
      extended_days: 0,
      extension_reason: null,
      draft_answer: null,
      substantiated: null,
      published_answer: null,
      replied_on: null,
      satisfaction: null,
      rated_on: null,
      ...NO_REVIEW_YET,
      created_by: null,
      created_at: at,
      updated_at: at,
    };
    out.complaints.push(row);
    if (!anonymous)
      out.reporters.push({
        complaint_id: id,
        name: `${SURNAMES[Math.floor(rng() * SURNAMES.length)]}${rng() < 0.5 ? '先生' : '女士'}`,
        phone: `1380000${String(Math.floor(rng() * 10_000)).padStart(4, '0')}`,
        email: null,
      });
    const got = row.received_on;
    event(id, 0, 'received', got, { channel: row.channel, handlingOrgId: row.handling_org_id });
    const open = daysBetween(got, ctx.today);
    // A duplicate of a still open report is merged into it (its answer will be this one's).
    if (base && ['received', 'accepted'].includes(base.state)) {
      const on = clampToday(work(addCalendarDays(got, 1)));
      Object.assign(row, { state: 'merged', merged_into_id: base.id, accepted_on: on });
      event(id, 1, 'merged', on, { intoId: base.id });
      continue;
    }
    // Young reports wait for acceptance; three older ones wait late on purpose.
    const lateAcceptance = i % 97 === 13;
    if (open < 4 || (lateAcceptance && open > 20)) continue;
    const accepted = clampToday(work(addCalendarDays(got, lateAcceptance ? 17 : 1 + Math.floor(rng() * 8))));
    const r = rng();
    const classification = row.enterprise_id || r < 0.55 ? 'violation' : r < 0.93 ? 'petition' : 'elsewhere';
    row.accepted_on = accepted;
    row.classification = classification;
    if (classification === 'elsewhere') {
      row.state = 'referred';
      row.referral = '该事项属住房和城乡建设部门职责，请向当地住建部门反映（12345热线）。';
      event(id, 1, 'referred', accepted, { classification });
      continue;
    }
    row.state = 'accepted';
    event(id, 1, 'accepted', accepted, { classification });
    const sinceAccepted = daysBetween(accepted, ctx.today);
    const late = i % 41 === 7;
    const extended = !late && i % 23 === 5;
    if (extended && sinceAccepted > 50) {
      row.extended_days = 30;
      row.extension_reason = '需委托监测机构采样检测，经负责人批准延长办理期限';
      event(id, 2, 'extended', addCalendarDays(accepted, 50), { days: 30 }, row.extension_reason);
    }
    const takes = late
      ? 66 + Math.floor(rng() * 10)
      : extended
        ? 70 + Math.floor(rng() * 15)
        : 12 + Math.floor(rng() * 40);
    if (sinceAccepted < takes) {
      if (sinceAccepted > 8 && rng() < 0.3) {
        row.state = 'answer_review';
        row.draft_answer = ANSWERS.not;
        row.substantiated = 0;
      }
      continue;
    }
    const replied = clampToday(work(addCalendarDays(accepted, takes)));
    const substantiated = f ? true : classification === 'violation' && rng() < 0.6;
    const answer =
      classification === 'petition' ? ANSWERS.petition! : substantiated ? ANSWERS.substantiated! : ANSWERS.not!;
    Object.assign(row, {
      state: 'answered',
      draft_answer: answer,
      published_answer: answer,
      substantiated: substantiated ? 1 : 0,
      replied_on: replied,
    });
    event(id, 3, 'answer_drafted', addCalendarDays(replied, -2) < accepted ? accepted : addCalendarDays(replied, -2), {
      substantiated,
    });
    event(id, 4, 'answered', replied);
    const sinceReply = daysBetween(replied, ctx.today);
    if (sinceReply < 3 || rng() > 0.7) continue;
    const satisfied = rng() < 0.8;
    Object.assign(row, {
      satisfaction: satisfied ? 'satisfied' : 'unsatisfied',
      rated_on: clampToday(addCalendarDays(replied, 2)),
    });
    event(id, 5, 'rated', row.rated_on!);
    if (satisfied || classification !== 'petition' || sinceReply < 10) continue;
    const asked = addCalendarDays(replied, 8);
    Object.assign(row, {
      state: 'review_requested',
      review_reason: '对处理意见不满意，问题仍未解决',
      review_requested_on: asked,
    });
    event(id, 6, 'review_requested', asked, {}, row.review_reason!);
    if (daysBetween(asked, ctx.today) < 20) continue;
    const reviewed = work(addCalendarDays(asked, 18));
    Object.assign(row, {
      state: 'reviewed',
      review_answer: '经复查，原处理意见认定事实清楚，处理适当，予以维持。',
      review_answered_on: reviewed,
    });
    event(id, 7, 'review_answered', reviewed);
  }
  return out;
}
