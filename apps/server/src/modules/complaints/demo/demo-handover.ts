import type { Insertable } from 'kysely';
import type { ComplaintKind } from '@ecocloud/contracts';
import { addCalendarDays, daysBetween, nextWorkingDay } from '../../../platform/deadlines';
import { seededRng } from '../../../platform/demo/seeded-rng';
import type { ComplaintsTable } from '../complaints.tables';
import { CITY_CENTRES, demoTrackingCode, type DemoContext, type DemoReports } from './demo-reports';
import { NO_REVIEW_YET } from '../reports/complaint-row';

/** The 交办编号 of the demo's central inspection batch; the rectification demo's central round links to it. */
export const DEMO_HANDOVER_BATCH = 'DEMO-TS-01';

/**
 * The team's stay in the province: four weeks starting 920 days before today. 交办件 come in while the team is
 * there, its feedback report (the rectification demo's central round, 800 days ago) some months after it left,
 * so the batch lies before the year of ordinary reports and leaves that year's figures as they were.
 */
const STAY_STARTS_AGO = 920;

type Outcome = 'substantiated' | 'not' | 'petition' | 'referred' | 'duplicate';
/** One handed-over report: day of the stay, kind, region, what the team passed on, where, the result, days taken. */
type Handed = [
  day: number,
  kind: ComplaintKind,
  region: string,
  description: string,
  address: string,
  outcome: Outcome,
  takes: number,
];

/**
 * The batch as the team handed it over, one line a report: 24 reports, six substantiated, a petition, two
 * outside the department's remit (referred), one handed over twice (merged into the first report of the same
 * place), one answered after the 60-day handling period. The others are answered within days, as a team in the
 * province expects.
 */
// prettier-ignore
const HANDED: readonly Handed[] = [
  [0, 'water_colour', '450100', '工业园区污水处理厂出水发黑，疑似长期超标排入心圩江', '南宁市西乡塘区心圩江沿岸', 'substantiated', 6],
  [0, 'odour', '450200', '化工企业夜间排放刺鼻废气，周边小区居民长期受影响', '柳州市柳北区化工园区', 'substantiated', 5],
  [1, 'dust', '450300', '采石场无序开采，爆破粉尘覆盖周边农田', '桂林市临桂区某村石场', 'not', 7],
  [1, 'water_colour', '451300', '糖厂榨季废水外排，下游河水发黑发臭', '来宾市兴宾区某糖厂下游', 'substantiated', 9],
  [2, 'waste', '450500', '海湾沿岸堆放大量建筑垃圾和生活垃圾', '北海市银海区某海湾沿岸', 'not', 6],
  [3, 'noise', '450103', '商业综合体冷却塔噪声日夜扰民', '南宁市青秀区民族大道某商业综合体', 'not', 8],
  [3, 'odour', '450800', '养殖场粪污直排附近水塘，臭味很大', '贵港市港南区某生猪养殖场', 'substantiated', 10],
  [4, 'water_colour', '450100', '工业园区污水处理厂出水发黑，排入心圩江（重复反映）', '南宁市西乡塘区心圩江沿岸', 'duplicate', 0],
  [5, 'dust', '450700', '港口散货堆场未覆盖，刮风时煤粉飘进村里', '钦州市钦州港某散货码头', 'not', 11],
  [6, 'night_construction', '450102', '地铁站点工地夜间施工至凌晨', '南宁市兴宁区朝阳路某工地', 'not', 5],
  [7, 'other', '450900', '小区物业长期不处理化粪池外溢问题', '玉林市玉州区某小区', 'referred', 0],
  [8, 'waste', '451000', '铝厂赤泥堆场渗滤液外渗，周边土地变红', '百色市平果市某赤泥堆场', 'substantiated', 12],
  [9, 'odour', '450400', '陶瓷厂烟囱冒黑烟，附近居民闻到焦味', '梧州市藤县某陶瓷园区', 'not', 9],
  [10, 'noise', '450600', '钢铁基地夜间设备噪声很大', '防城港市港口区某钢铁基地周边', 'not', 7],
  [11, 'water_colour', '451200', '选矿厂尾矿水排入河道，河水浑浊', '河池市南丹县某选矿厂下游', 'substantiated', 68],
  [12, 'dust', '451400', '水泥厂粉尘无组织排放，周边房屋落满灰尘', '崇左市扶绥县某水泥厂周边', 'not', 6],
  [14, 'other', '450323', '村道两侧违章建房侵占河道', '桂林市灵川县某村河段', 'referred', 0],
  [15, 'water_colour', '450321', '漓江支流旁农家乐生活污水直排', '桂林市阳朔县遇龙河沿岸', 'not', 8],
  [17, 'odour', '451100', '垃圾填埋场渗滤液臭味扩散到周边村屯', '贺州市八步区某垃圾填埋场', 'petition', 13],
  [19, 'noise', '450200', '汽车零部件厂冲压噪声影响学校上课', '柳州市柳南区某工业区', 'not', 7],
  [21, 'dust', '450521', '砂场运输车辆不冲洗，道路扬尘严重', '北海市合浦县某砂场', 'not', 6],
  [23, 'waste', '450800', '废旧电池拆解作坊露天堆放废料', '贵港市覃塘区某作坊', 'not', 9],
  [25, 'night_construction', '450300', '高速公路改扩建工地夜间打桩', '桂林市七星区某工地', 'not', 5],
  [27, 'odour', '450900', '橡胶厂废气异味影响周边居民', '玉林市福绵区某橡胶厂', 'not', 8],
];

/** Region codes the batch names (some counties), for the seeder to look up their handling units. */
export const DEMO_HANDOVER_REGIONS = [...new Set(HANDED.map((h) => h[2]))];

const THEME: Record<ComplaintKind, string> = {
  odour: '废气异味',
  noise: '噪声',
  dust: '扬尘',
  water_colour: '水污染',
  night_construction: '夜间施工噪声',
  waste: '固体废物',
  other: '环境',
};
const ANSWER: Record<'substantiated' | 'not' | 'petition', (kind: ComplaintKind) => string> = {
  substantiated: (k) =>
    `经现场调查核实，反映的${THEME[k]}问题属实。已责令责任单位立即停止违法行为、限期整改，并依法立案查处；整改情况将持续跟踪并向社会公开。`,
  not: (k) =>
    `经现场调查和监测，反映的${THEME[k]}问题不属实，监测结果符合排放标准。已要求属地加强日常巡查，欢迎群众继续监督。`,
  petition: (k) =>
    `经调查核实，反映的${THEME[k]}问题涉及多个部门，已会同属地政府研究处理，督促责任单位落实整改措施，处理意见已告知信访人。`,
};
const REFERRAL = '该事项不属于生态环境部门职责，已转交属地人民政府及住建、水利部门办理，请向当地人民政府反映。';
const SURNAMES = ['韦', '覃', '黄', '蒙', '陆', '梁', '莫', '潘'];

/**
 * The reports of the demo batch `DEMO-TS-01`: handed over by the central inspection team day by day during its
 * stay (channel handover), accepted the next working day and mostly answered within days, each answer approved
 * and so published in the batch's daily list. Deterministic (its own seed; ids follow the year's reports).
 */
export function buildDemoHandover(ctx: DemoContext, firstNo: number): DemoReports {
  const rng = seededRng(19_0002);
  const out: DemoReports = { complaints: [], reporters: [], events: [] };
  const at = `${ctx.today}T00:00:00.000Z`;
  const work = (d: string) => nextWorkingDay(d, ctx.calendar);
  const stay = addCalendarDays(ctx.today, -STAY_STARTS_AGO);
  const ids: string[] = [];
  HANDED.forEach(([day, kind, region, description, address, outcome, takes], i) => {
    const id = `cmp-demo-${String(firstNo + i).padStart(4, '0')}`;
    ids.push(id);
    const event = (n: number, what: string, date: string, data: object = {}, note = '') =>
      out.events.push({
        id: `${id}-e${n}`,
        complaint_id: id,
        kind: what,
        date,
        note,
        data: JSON.stringify(data),
        created_by: null,
        created_at: at,
      });
    const received = addCalendarDays(stay, day);
    const accepted = work(addCalendarDays(received, 1));
    const [lon0, lat0] = CITY_CENTRES[`${region.slice(0, 4)}00`]!;
    const anonymous = rng() < 0.3;
    const orgId = ctx.orgOf(region);
    const answered = outcome === 'substantiated' || outcome === 'not' || outcome === 'petition';
    const replied = answered ? work(addCalendarDays(accepted, takes)) : null;
    const answer = answered ? ANSWER[outcome](kind) : null;
    const row: Insertable<ComplaintsTable> = {
      id,
      tracking_code: demoTrackingCode(rng),
      channel: 'handover',
      kind,
      description,
      region_code: region,
      address,
      lon: Math.round((lon0 + (rng() - 0.5) * 0.3) * 1e5) / 1e5,
      lat: Math.round((lat0 + (rng() - 0.5) * 0.25) * 1e5) / 1e5,
      occurred_on: null,
      received_on: received,
      accepted_on: accepted,
      state: answered ? 'answered' : outcome === 'referred' ? 'referred' : 'merged',
      classification:
        outcome === 'petition' ? 'petition' : outcome === 'referred' ? 'elsewhere' : answered ? 'violation' : null,
      referral: outcome === 'referred' ? REFERRAL : null,
      anonymous: anonymous ? 1 : 0,
      handling_org_id: orgId,
      enterprise_id: null,
      enforcement_case_id: null,
      // Handed over twice: the second joins the first, which carries the answer.
      merged_into_id: outcome === 'duplicate' ? ids[HANDED.findIndex((h) => h[4] === address)]! : null,
      handover_batch: DEMO_HANDOVER_BATCH,
      extended_days: 0,
      extension_reason: null,
      draft_answer: answer,
      substantiated: answered ? (outcome === 'substantiated' ? 1 : 0) : null,
      published_answer: answer,
      replied_on: replied,
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
        phone: `1397700${String(Math.floor(rng() * 10_000)).padStart(4, '0')}`,
        email: null,
      });
    event(0, 'received', received, { channel: 'handover', handlingOrgId: orgId, handoverBatch: DEMO_HANDOVER_BATCH });
    if (outcome === 'duplicate') return void event(1, 'merged', accepted, { intoId: row.merged_into_id });
    if (outcome === 'referred') return void event(1, 'referred', accepted, { classification: 'elsewhere' });
    event(1, 'accepted', accepted, { classification: row.classification });
    event(2, 'answer_drafted', addCalendarDays(replied!, -1), { substantiated: outcome === 'substantiated' });
    event(3, 'answered', replied!);
    // Half the named reporters rate the answer, most of them satisfied.
    if (anonymous || rng() < 0.5 || daysBetween(replied!, ctx.today) < 3) return;
    row.satisfaction = rng() < 0.85 ? 'satisfied' : 'unsatisfied';
    row.rated_on = addCalendarDays(replied!, 2);
    event(4, 'rated', row.rated_on);
  });
  return out;
}
