/**
 * The legal bases of fines as versioned data (regulation.md §0, §3.4). The Ecological Environment Code
 * (生态环境法典) replaced the pollution laws on 2026-08-15 (art. 1242): a basis says from which day to which
 * day (inclusive, Shanghai dates) it governs acts, and the statutory range of its fine in yuan.
 *
 * The default table holds one basis per violation and day. Where one act breaks several norms with fines
 * (Code art. 1055, 行政处罚法 §29), a case lists the other bases too and the higher fine applies.
 */

export const VIOLATION_TYPES = [
  'water_exceed_standard',
  'water_exceed_permit',
  'air_exceed_standard',
  'air_exceed_permit',
  'water_evasion',
  'air_evasion',
  'no_permit',
  'data_falsification',
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export interface LegalBasis {
  readonly id: string;
  readonly law: string;
  readonly article: string;
  readonly violations: readonly ViolationType[];
  /** First and last day (inclusive) of acts it governs; null: still in force. */
  readonly from: string;
  readonly to: string | null;
  readonly minYuan: number;
  readonly maxYuan: number;
  /** false: the article or its range was not read in the official text (regulation.md ⚠). */
  readonly verified: boolean;
  readonly source: string;
}

const CODE = '中华人民共和国生态环境法典';
const CODE_FROM = '2026-08-15';
const OLD_TO = '2026-08-14';
const WAN = 10_000;

export const DEFAULT_LEGAL_BASES: readonly LegalBasis[] = [
  {
    id: 'water-law-83-2',
    law: '中华人民共和国水污染防治法',
    article: '第八十三条第（二）项',
    violations: ['water_exceed_standard'],
    from: '2018-01-01',
    to: OLD_TO,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'regulation.md §3.4',
  },
  {
    id: 'water-law-83-3',
    law: '中华人民共和国水污染防治法',
    article: '第八十三条第（三）项',
    violations: ['water_evasion'],
    from: '2018-01-01',
    to: OLD_TO,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    // The range is §83's chapeau, shared by its items; regulation.md cites item (3) without the range.
    verified: false,
    source: 'regulation.md §3.5 Table D',
  },
  {
    id: 'water-law-83-1',
    law: '中华人民共和国水污染防治法',
    article: '第八十三条第（一）项',
    violations: ['no_permit'],
    from: '2018-01-01',
    to: OLD_TO,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: false,
    source: '§83 chapeau (background)',
  },
  {
    id: 'air-law-99-2',
    law: '中华人民共和国大气污染防治法',
    article: '第九十九条第（二）项',
    violations: ['air_exceed_standard'],
    from: '2016-01-01',
    to: OLD_TO,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'regulation.md §3.4',
  },
  {
    id: 'air-law-99-3',
    law: '中华人民共和国大气污染防治法',
    article: '第九十九条第（三）项',
    violations: ['air_evasion'],
    from: '2016-01-01',
    to: OLD_TO,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: false,
    source: '§99 chapeau (background)',
  },
  {
    id: 'permit-reg-34-1',
    law: '排污许可管理条例',
    article: '第三十四条第（一）项',
    violations: ['water_exceed_permit', 'air_exceed_permit'],
    from: '2021-03-01',
    // ⚠ The regulation is not repealed, but regulation.md §3.4 puts acts judged under the Code on art. 1103
    // (10–100 万 against the regulation's 20–100 万): the legal office's open question. An administrator who
    // reads it otherwise removes this end date, and art. 1055 then picks the higher fine of the two.
    to: OLD_TO,
    minYuan: 20 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'regulation.md §3.4',
  },
  {
    id: 'code-1102',
    law: CODE,
    article: '第一千一百零二条',
    violations: ['no_permit'],
    from: CODE_FROM,
    to: null,
    minYuan: 20 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'Code book 5 (ECO 第5编_法律责任和附则.md)',
  },
  {
    id: 'code-1103',
    law: CODE,
    article: '第一千一百零三条',
    violations: ['water_exceed_permit', 'air_exceed_permit'],
    from: CODE_FROM,
    to: null,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'regulation.md §3.4; Code book 5',
  },
  {
    id: 'code-1107',
    law: CODE,
    article: '第一千一百零七条',
    violations: ['water_exceed_standard', 'air_exceed_standard'],
    from: CODE_FROM,
    to: null,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'regulation.md §3.4; Code book 5',
  },
  {
    id: 'code-1108',
    law: CODE,
    article: '第一千一百零八条',
    violations: ['water_evasion', 'air_evasion'],
    from: CODE_FROM,
    to: null,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'Code book 5',
  },
  {
    id: 'code-1088',
    law: CODE,
    article: '第一千零八十八条',
    violations: ['data_falsification'],
    from: CODE_FROM,
    to: null,
    minYuan: 10 * WAN,
    maxYuan: 100 * WAN,
    verified: true,
    source: 'Code book 5',
  },
];

/** The bases governing a violation on a day (dates compare as YYYY-MM-DD text). */
export const basesInForce = (bases: readonly LegalBasis[], violation: ViolationType, day: string): LegalBasis[] =>
  bases.filter((b) => b.violations.includes(violation) && b.from <= day && (b.to === null || day <= b.to));

/** "生态环境法典第一千一百零七条" */
export const citation = (b: LegalBasis): string => `《${b.law}》${b.article}`;
