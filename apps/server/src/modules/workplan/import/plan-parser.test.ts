import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProposedIndicator, ProposedItem } from '@ecocloud/contracts';
import { DEMO_CITIES, DEMO_DIVISIONS, DEMO_PROVINCE } from '../../../platform/demo/guangxi';
import { parsePlanText, splitSentences } from './plan-parser';
import { findDeadline } from './plan-dates';
import { cleanName, cnNumber, findIndicators } from './plan-targets';
import { findPlaces } from './plan-text-facts';
import { findUnits, unitDictionary } from './unit-dictionary';

const repoRoot = path.resolve(import.meta.dirname, '../../../../../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_1525b2c634cd8c3f.txt');
const hasSeed = fs.existsSync(seedPath);
if (!hasSeed) console.warn(`SKIP seed importer test: ${seedPath} is absent`);
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const places = DEMO_CITIES.map(([code, name]) => ({ code, name }));
/** The demo department's tree as the units dictionary (the server builds it from the organisations table). */
export const units = unitDictionary([
  { name: DEMO_PROVINCE.name, kind: 'province' },
  ...DEMO_DIVISIONS.map(([name]) => ({ name, kind: 'division' })),
  ...DEMO_CITIES.map(([, name]) => ({ name: `${name}生态环境局`, kind: 'city' })),
  { name: '南宁示范热电有限公司', kind: 'enterprise' },
]);

const allIndicators = (items: ProposedItem[]): ProposedIndicator[] =>
  items.flatMap((i) => [...i.indicators, ...allIndicators(i.children)]);
const find = (items: ProposedItem[], title: string): ProposedItem | undefined =>
  items.map((i) => (i.title.includes(title) ? i : find(i.children, title))).find(Boolean);

describe('deadline phrases', () => {
  it.each([
    ['力争到2024年底全区农村生活污水治理率达33%以上', 2024, '2024-12-31'],
    ['2025年6月底前完成', 2024, '2025-06-30'],
    ['6月底前完成重点企业排查', 2025, '2025-06-30'],
    ['2月底前印发', 2024, '2024-02-29'],
    ['年底前基本完成', 2026, '2026-12-31'],
    ['上半年完成评估', 2025, '2025-06-30'],
    ['第三季度完成划定', 2025, '2025-09-30'],
    ['系统部署未来5年和到2035年美丽广西建设目标任务', 2024, null],
    ['持续开展噪声污染防治工作', 2024, null],
    ['以组织迎办好2024年六五环境日国家主场活动为抓手', 2024, null],
    ['全力组织迎办好2024年六五环境日国家主场活动', 2024, '2024-06-05'],
    ['开展“4·25漓江保护日”系列宣教活动', 2024, '2024-04-25'],
    ['全国生态日前完成', 2025, '2025-08-15'],
    ['11月30日前报送', 2024, '2024-11-30'],
    ['2025年3月15日前完成', 2024, '2025-03-15'],
    ['全年开展专项检查', 2024, '2024-12-31'],
    ['年内建成', 2024, '2024-12-31'],
    ['下半年完成验收', 2024, '2024-12-31'],
    ['三季度末前完成', 2024, '2024-09-30'],
    ['9月中旬前完成', 2024, '2024-09-20'],
    ['6月前印发', 2024, '2024-05-31'],
    ['2024年10月完成', 2024, '2024-10-31'],
    ['落实自2023年12月起施行的办法', 2024, null],
    ['2024年中国—东盟环境合作论坛', 2024, null],
  ] as const)('%s (plan year %i) → %s', (sentence, year, expected) => {
    expect(findDeadline(sentence, year)).toBe(expected);
  });
});

describe('quantitative targets', () => {
  it.each([
    [
      '力争到2024年底全区农村生活污水治理率达33%以上',
      { name: '农村生活污水治理率', unit: '%', direction: 'at_least', target: 33, deadline: '2024-12-31' },
    ],
    [
      '全市细颗粒物（PM2.5）平均浓度控制在28微克/立方米以下',
      {
        name: '细颗粒物（PM2.5）平均浓度',
        unit: '微克/立方米',
        direction: 'at_most',
        target: 28,
        deadline: '2024-12-31',
      },
    ],
    ['空气质量优良天数比例达到95%以上', { name: '空气质量优良天数比例', unit: '%', direction: 'at_least', target: 95 }],
    ['水源地水质达标率保持在100%', { name: '水源地水质达标率', direction: 'reach', target: 100 }],
    [
      '单位GDP二氧化碳排放强度下降13.5%',
      { name: '单位GDP二氧化碳排放强度降幅', unit: '%', direction: 'at_least', target: 13.5 },
    ],
    ['基本消除国家监管的农村黑臭水体', { name: '国家监管的农村黑臭水体', direction: 'eliminate', target: 0 }],
  ] as const)('%s', (sentence, expected) => {
    const [found, ...more] = findIndicators(sentence, 2024, { date: '2024-12-31', source: 'default' });
    expect(more).toEqual([]);
    expect(found).toMatchObject(expected);
  });

  it.each([
    '持续抓好8个方面30条具体举措落实',
    '龙滩电站8、9号机组',
    '加强碳排放强度目标完成进度分析评估',
    '在推动绿色发展上实现更大进展',
    '组织南宁明月湖、柳州柳江、桂林遇龙河等申报国家美丽河湖优秀案例',
    '承办闽粤桂琼浙苏六省(区)核应急合作第十次联席会议',
    '做好第三批百镇千村生态特色文化旅游示范镇村评选工作',
  ])('finds no target in "%s"', (sentence) => {
    expect(findIndicators(sentence, 2024, { date: '2024-12-31', source: 'default' })).toEqual([]);
  });

  it.each([
    ['完成3家钢铁企业超低排放改造评估', { name: '完成钢铁企业超低排放改造评估', unit: '家', target: 3, kind: 'count' }],
    ['建成12座乡镇污水处理厂', { name: '建成乡镇污水处理厂', unit: '座', target: 12, kind: 'count' }],
    [
      '指导2023年获得命名的4个县编制绿色转型创新发展规划',
      { name: '编制绿色转型创新发展规划的县', unit: '个', target: 4 },
    ],
    ['组织沿海三市制定整治计划', { name: '制定整治计划的市', target: 3, direction: 'reach' }],
    ['指导督促南宁、柳州、桂林市做好“无废城市”建设工作', { name: '“无废城市”建设（南宁、柳州、桂林市）', target: 3 }],
    ['基本完成茅尾海入海排污口整治', { name: '完成茅尾海入海排污口整治', unit: '%', target: 100, kind: 'completion' }],
    [
      '实现农村集中式饮用水水源保护区划定全覆盖',
      { name: '实现农村集中式饮用水水源保护区划定全覆盖', kind: 'completion' },
    ],
  ] as const)('reads the count or completion in "%s"', (sentence, expected) => {
    const [found, ...more] = findIndicators(sentence, 2024, { date: '2024-12-31', source: 'default' });
    expect(more).toEqual([]);
    expect(found).toMatchObject({ ...expected, deadline: '2024-12-31', deadlineSource: 'default' });
  });

  it('dates a target by its own sentence first, marking where the deadline came from', () => {
    const [own] = findIndicators('6月底前完成重点企业挥发性有机物排查', 2025, {
      date: '2025-12-31',
      source: 'default',
    });
    expect(own).toMatchObject({ deadline: '2025-06-30', deadlineSource: 'text' });
    expect(findIndicators('完成排查', null, null)).toEqual([]); // no year, no date: nothing to date it by
  });

  it('reads Chinese numerals under 100', () => {
    expect(['4', '三', '十', '十二', '二十', '两', '二十三', '百', '三三'].map(cnNumber)).toEqual([
      4,
      3,
      10,
      12,
      20,
      2,
      23,
      null,
      null,
    ]);
  });

  it('cleans deadline and scope words off a name but never empties it', () => {
    expect(cleanName('力争到2024年底全区农村生活污水治理率')).toBe('农村生活污水治理率');
    expect(cleanName('全区')).toBe('全区');
  });
});

describe('places, units, sentences', () => {
  it('recognises places by full or short name, and units only from the dictionary, by their aliases', () => {
    expect(findPlaces('组织南宁明月湖、柳州柳江、桂林市遇龙河申报', places)).toEqual(['450100', '450200', '450300']);
    expect(findUnits('研究推动自治区生态环境厅与桂林市共建桂林山水保护研究院', units)).toEqual([
      '广西壮族自治区生态环境厅',
    ]);
    expect(findUnits('做好2024年广西生态环境厅新闻发布会', units)).toEqual(['广西壮族自治区生态环境厅']);
    expect(findUnits('持续推动生态环境部和自治区政府签订协议', units)).toEqual([]); // mentioned, never a lead
    expect(findUnits('由大气环境处牵头，水生态环境处配合', units)).toEqual(['大气环境处']);
    expect(findUnits('南宁生态环境局、柳州市生态环境局负责', units)).toEqual(['南宁市生态环境局', '柳州市生态环境局']);
    expect(findUnits('各设区市生态环境局按月报送', units)).toHaveLength(14);
    expect(findUnits('南宁示范热电有限公司完成改造', units)).toEqual([]); // an enterprise leads nothing
  });

  it('splits at 。！？； and drops empty pieces', () => {
    expect(splitSentences('甲。乙；丙！')).toEqual(['甲', '乙', '丙']);
  });
});

describe.skipIf(!hasSeed)('the 2024 Guangxi seed plan', () => {
  const plan = hasSeed ? parsePlanText(fs.readFileSync(seedPath, 'utf8'), { places }) : undefined!;

  it('reads the title and year, the general part, 3 major tasks and 13 key works', () => {
    expect(plan.title).toBe('2024年广西生态环境工作要点');
    expect(plan.year).toBe(2024);
    expect(plan.items.map((i) => i.number)).toEqual(['一、', '二、', '三、']);
    const [general, major, key] = plan.items;
    expect(general!.title).toBe('总体要求');
    expect(general!.kind).toBe('section');
    expect(general!.text).toContain('116620');
    expect(major!.children.map((c) => c.number)).toEqual(['(一)', '(二)', '(三)']);
    expect(major!.children[0]!.title).toBe('办好一场大会,全力组织迎办好2024年六五环境日国家主场活动');
    expect(key!.children).toHaveLength(13);
    expect(key!.children[12]!.number).toBe('(十三)');
    expect(key!.children[1]!.title).toBe('深入打好蓝天保卫战');
  });

  it('keeps the sub-headings (lead sentences) of the key works as tasks with their measures', () => {
    const first = plan.items[2]!.children[0]!;
    expect(first.children.map((c) => c.title)).toEqual(['加强美丽广西建设全面布局', '着力打造美丽广西建设示范典型']);
    expect(first.children.every((c) => c.kind === 'task' && c.children.every((m) => m.kind === 'measure'))).toBe(true);
    expect(first.children[1]!.regions).toEqual(
      expect.arrayContaining(['450100', '450200', '450300', '450500', '450600']),
    );
    const governance = plan.items[2]!.children[10]!;
    expect(governance.children.map((c) => c.title)).toContain('强化生态环境信息化建设');
    expect(find(plan.items, '加强碳排放强度目标')!.tags).toContain('climate');
  });

  it('finds the 33 % rural sewage indicator with its deadline', () => {
    const sewage = allIndicators(plan.items).filter((i) => i.name === '农村生活污水治理率');
    expect(sewage).toEqual([
      expect.objectContaining({ unit: '%', direction: 'at_least', target: 33, deadline: '2024-12-31' }),
    ]);
    const holder = find(plan.items, '统筹推进农村生活污水');
    expect(holder!.kind).toBe('measure');
    expect(holder!.deadline).toBe('2024-12-31');
    expect(plan.counts.indicators).toBe(allIndicators(plan.items).length);
    expect(plan.counts.items).toBeGreaterThan(150);
  });
});

describe('a city plan of another year with four numbering ranks', () => {
  const plan = parsePlanText(fixture('plan-2025-city.txt'));

  it("takes the year from the title and keeps each rank's numbering", () => {
    expect(plan).toMatchObject({ title: '示范市2025年大气与水环境工作方案', year: 2025, warnings: [] });
    const tasks = plan.items[1]!.children[0]!;
    expect(tasks.number).toBe('（一）');
    expect(tasks.children.map((c) => c.number)).toEqual(['1.', '2.']);
    expect(tasks.children[1]!.children.map((c) => [c.number, c.title])).toEqual([
      ['', '开展柴油货车路检路查'],
      ['（1）', '建立非道路移动机械编码登记制度'],
      ['（2）', '第三季度完成城区禁用区划定调整'],
    ]);
    expect(tasks.children[1]!.children[2]!.deadline).toBe('2025-09-30');
  });

  it('finds the targets of the goals section and of the tasks', () => {
    expect(allIndicators(plan.items).map((i) => [i.name, i.target, i.unit, i.direction, i.deadline])).toEqual([
      ['细颗粒物（PM2.5）平均浓度', 28, '微克/立方米', 'at_most', '2025-12-31'],
      ['空气质量优良天数比例', 95, '%', 'at_least', '2025-12-31'],
      ['完成钢铁企业超低排放改造评估', 3, '家', 'reach', '2025-12-31'],
      ['完成重点企业挥发性有机物排查', 100, '%', 'reach', '2025-06-30'],
      ['完成城区禁用区划定调整', 100, '%', 'reach', '2025-09-30'],
      ['县级以上集中式饮用水水源地水质达标率', 100, '%', 'reach', '2025-12-31'],
      ['城市生活污水集中收集率', 70, '%', 'at_least', '2025-12-31'],
    ]);
    expect(find(plan.items, '推进工业源深度治理')!.children[1]!.deadline).toBe('2025-06-30');
  });
});

describe('a plan with no targets', () => {
  const plan = parsePlanText(fixture('plan-no-targets.txt'));

  it('gives the tree and no indicators', () => {
    expect(plan.year).toBe(2026);
    expect(plan.items.map((i) => i.title)).toEqual(['加强学习', '改进作风', '抓好保障']);
    expect(plan.items[1]!.children[0]).toMatchObject({
      kind: 'task',
      title: '深入基层调研',
      children: [expect.objectContaining({ kind: 'measure', title: '走访重点企业，听取意见建议' })],
    });
    expect(plan.counts).toEqual({ items: 9, indicators: 0 }); // 3 sections, 2 numbered tasks + 1 measure, 2 paragraph tasks + 1 measure
  });

  it('warns when neither the options nor the text give a year, and when nothing is numbered', () => {
    const bare = parsePlanText('做好值班值守。');
    expect(bare.warnings).toHaveLength(2);
    expect(bare.warningCodes).toEqual(['no_year', 'no_headings']);
    expect(bare.items).toEqual([]);
  });
});
