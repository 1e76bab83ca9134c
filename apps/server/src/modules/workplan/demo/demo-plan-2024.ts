import type { IndicatorInput, Milestone } from '@ecocloud/contracts';

/**
 * The 2024 demo plan as structured data, in our own short words (not the document's sentences).
 * Units are demo organisations by name; live indicators bind metric keys other modules will
 * publish (until they do, the indicator shows "no data").
 */
export type DemoItem = {
  number?: string;
  title: string;
  kind?: 'section' | 'task' | 'measure';
  text?: string;
  lead?: string[];
  co?: string[];
  regions?: string[];
  tags?: string[];
  start?: string;
  deadline?: string;
  milestones?: Milestone[];
  indicators?: IndicatorInput[];
  children?: DemoItem[];
};

const DEPT = '广西壮族自治区生态环境厅';
const yearEnd = '2024-12-31';
const quarterly = (title: string): Milestone[] => [
  { date: '2024-03-31', title: `${title}：方案`, percent: 15 },
  { date: '2024-06-30', title: `${title}：过半`, percent: 50 },
  { date: '2024-09-30', title: `${title}：基本完成`, percent: 80 },
  { date: '2024-12-31', title: `${title}：完成`, percent: 100 },
];
const live = (
  name: string,
  unit: string,
  direction: 'at_least' | 'at_most',
  target: number,
  metricKey: string,
  regionCode: string,
  baseline?: number,
): IndicatorInput => ({
  name,
  unit,
  direction,
  target,
  baseline: baseline ?? null,
  deadline: yearEnd,
  source: 'live',
  metricKey,
  metricParams: { regionCode },
});

export const DEMO_PLAN_2024 = { year: 2024, title: '2024年生态环境工作要点（演示）' };

export const DEMO_ITEMS_2024: DemoItem[] = [
  { number: '一、', title: '总体要求', text: '以高水平保护支撑高质量发展，全面完成国家考核目标（演示摘要）。' },
  {
    number: '二、',
    title: '“三个一”重大任务',
    children: [
      {
        number: '(一)',
        title: '办好六五环境日国家主场活动',
        lead: [DEPT],
        deadline: '2024-06-05',
        tags: ['portal'],
        milestones: [
          { date: '2024-03-31', title: '筹备方案', percent: 30 },
          { date: '2024-06-05', title: '活动举办', percent: 100 },
        ],
      },
      {
        number: '(二)',
        title: '督察反馈问题整改',
        lead: ['督察办公室'],
        co: ['南宁市生态环境局', '桂林市生态环境局'],
        tags: ['supervision'],
        deadline: yearEnd,
        milestones: quarterly('整改'),
        // Live from the rectification ledger (its metrics.ts): nobody reports these figures.
        indicators: [
          live('到期督察整改问题完成率', '%', 'at_least', 100, 'rectification.due_done_pct', '450000'),
          live('督察整改问题逾期数', '个', 'at_most', 0, 'rectification.problems_overdue', '450000'),
        ],
        children: [
          { title: '开展整改“回头看”', kind: 'measure' },
          { title: '公开整改进展', kind: 'measure' },
        ],
      },
      {
        number: '(三)',
        title: '深化体制机制改革',
        lead: ['生态环境执法局'],
        co: ['生态环境监测处'],
        tags: ['enforcement'],
        deadline: yearEnd,
      },
    ],
  },
  {
    number: '三、',
    title: '13项重点工作',
    children: [
      {
        number: '(一)',
        title: '美丽广西建设',
        children: [{ title: '出台美丽广西建设实施文件', lead: [DEPT], deadline: '2024-09-30' }],
      },
      {
        number: '(二)',
        title: '蓝天保卫战',
        tags: ['air'],
        children: [
          {
            title: 'PM2.5与臭氧协同控制',
            lead: ['大气环境处'],
            co: ['南宁市生态环境局'],
            regions: ['450100'],
            deadline: yearEnd,
            milestones: quarterly('协同控制'),
            indicators: [
              live('南宁市PM2.5年均浓度', 'µg/m³', 'at_most', 30, 'air.pm25_annual_mean', '450100', 32),
              live('全区空气质量优良天数比例', '%', 'at_least', 92.5, 'air.good_day_ratio', '450000'),
            ],
            children: [
              { title: '钢铁水泥超低排放改造', kind: 'measure' },
              { title: '柴油货车抽查', kind: 'measure' },
            ],
          },
        ],
      },
      {
        number: '(三)',
        title: '碧水保卫战',
        tags: ['water'],
        children: [
          {
            title: '国考断面水质稳中向好',
            lead: ['水生态环境处'],
            deadline: yearEnd,
            indicators: [live('地表水国考断面优良比例', '%', 'at_least', 90, 'water.good_class_share', '450000')],
          },
          {
            title: '湾长制规范化建设',
            lead: ['水生态环境处'],
            co: ['北海市生态环境局'],
            regions: ['450500'],
            tags: ['marine'],
            deadline: '2024-11-30',
          },
        ],
      },
      {
        number: '(四)',
        title: '净土保卫战',
        tags: ['soil'],
        children: [
          {
            title: '农村生活污水治理',
            lead: ['土壤生态环境处'],
            co: ['南宁市生态环境局', '桂林市生态环境局'],
            regions: ['450100', '450300'],
            deadline: yearEnd,
            milestones: quarterly('农污治理'),
            indicators: [
              {
                name: '农村生活污水治理率',
                unit: '%',
                direction: 'at_least',
                baseline: 29,
                target: 33,
                deadline: yearEnd,
                source: 'manual',
              },
            ],
          },
          {
            title: '“无废城市”建设',
            lead: ['固体废物与化学品处'],
            regions: ['450100', '450200', '450300'],
            tags: ['waste'],
            deadline: yearEnd,
          },
        ],
      },
      {
        number: '(五)',
        title: '绿色低碳发展',
        children: [{ title: '排污许可动态更新', lead: ['生态环境执法局'], deadline: yearEnd }],
      },
      {
        number: '(六)',
        title: '应对气候变化',
        tags: ['climate'],
        children: [{ title: '编制年度温室气体清单', lead: ['应对气候变化处'], deadline: '2024-11-30' }],
      },
      {
        number: '(七)',
        title: '守护漓江',
        children: [
          {
            title: '发布漓江生态环境质量报告',
            lead: ['桂林市生态环境局'],
            co: ['生态环境监测处'],
            regions: ['450300'],
            tags: ['monitoring'],
            deadline: '2024-12-15',
          },
        ],
      },
      {
        number: '(八)',
        title: '核与辐射监管',
        tags: ['radiation'],
        children: [{ title: '辐射环境本底调查', lead: ['辐射安全管理处'], deadline: yearEnd }],
      },
      {
        number: '(九)',
        title: '生态安全底线',
        children: [
          { title: '执法大练兵', lead: ['生态环境执法局'], tags: ['enforcement'], deadline: '2024-10-31' },
          { title: '信访问题源头治理', lead: ['信访办公室'], tags: ['supervision'], deadline: yearEnd },
        ],
      },
      {
        number: '(十)',
        title: '生态系统保护修复',
        children: [
          { title: '“绿盾2024”专项行动', lead: ['自然生态保护处'], tags: ['ecology'], deadline: '2024-11-30' },
        ],
      },
      {
        number: '(十一)',
        title: '健全治理体系',
        children: [
          {
            title: '城市声环境自动监测系统建设',
            lead: ['生态环境监测处'],
            tags: ['monitoring'],
            deadline: '2024-10-31',
          },
        ],
      },
      {
        number: '(十二)',
        title: '加强党的建设',
        children: [{ title: '清廉机关建设', lead: [DEPT], deadline: yearEnd }],
      },
      {
        number: '(十三)',
        title: '锻造铁军队伍',
        children: [{ title: '年轻干部培养计划', lead: [DEPT], deadline: yearEnd }],
      },
    ],
  },
];
