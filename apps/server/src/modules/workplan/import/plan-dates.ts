/**
 * Deadline phrases of Chinese plans, read as ISO dates (Asia/Shanghai calendar days). Pure.
 * Every form takes the plan year when the text does not write one ("年底前", "6月底前", "六五环境日").
 */

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthEnd = (y: number, m: number) => iso(y, m, lastDay(y, m));
const validDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(2024, m); // 2024: 29 Feb is a day

const QUARTERS: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** Named days of the environmental calendar a plan dates its work by (⚠ data: extend here). */
const NAMED_DAYS: [RegExp, number, number][] = [
  [/六五环境日|六·五环境日|世界环境日/, 6, 5],
  [/全国生态日/, 8, 15],
  [/世界地球日/, 4, 22],
  [/国际生物多样性日/, 5, 22],
  [/全国节能宣传周/, 6, 30],
];

/**
 * Framing phrases whose dates are occasions, not deadlines: "以筹办2024年六五环境日国家主场活动为契机"
 * dates the occasion; the work it frames is due when the rest of the sentence says.
 */
const FRAMING = /以[^，,。；;]{0,40}?为(?:契机|抓手|载体|牵引|主线|引领)/g;
/** A date that starts something or looks back is no deadline ("自2023年12月起", "2024年6月以来"). */
const NOT_DUE_AFTER = /^(?:起|以来|开始|施行|实施|印发的|发布的)/;

type Candidate = [index: number, date: string | null];

/**
 * The first deadline phrase of a sentence as an ISO date, or null. Forms: 2024年底/年末, 2025年6月底,
 * 2024年11月30日前, 6月底前, 11月30日前, 6月上旬/中旬/下旬, 年底前/年内/全年, 上半年/下半年,
 * 第三季度/三季度末, 六五环境日 (05 June), 4·25 (25 April) and other M·D days. A bare year
 * ("到2035年") is a horizon, not a deadline; a date written wins over the plan year (a 2024 plan may set 2025年6月底).
 */
export function findDeadline(sentence: string, year: number | null): string | null {
  return findDeadlines(sentence, year)[0] ?? null;
}

/** Every deadline a sentence writes, in the order written (see `findDeadline`). */
export function findDeadlines(sentence: string, year: number | null): string[] {
  const text = sentence.replace(FRAMING, (s) => '＿'.repeat(s.length));
  const candidates: Candidate[] = [];
  const add = (re: RegExp, f: (m: RegExpExecArray) => string | null) => {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) {
      if (NOT_DUE_AFTER.test(text.slice(m.index + m[0].length))) continue;
      candidates.push([m.index, f(m)]);
    }
  };
  add(/(\d{4})年(?:底|末)/, (m) => iso(Number(m[1]), 12, 31));
  add(/(\d{4})年上半年/, (m) => iso(Number(m[1]), 6, 30));
  add(/(\d{4})年(\d{1,2})月(\d{1,2})日/, (m) =>
    validDay(Number(m[2]), Number(m[3])) ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null,
  );
  add(/(\d{4})年(\d{1,2})月(?!\d|日)(上旬|中旬|下旬)?/, (m) => tenDays(Number(m[1]), Number(m[2]), m[3]));
  add(/(\d{4})年(?:第?([一二三四1-4])季度)/, (m) => monthEnd(Number(m[1]), QUARTERS[m[2]!]!));
  if (year) {
    add(/(?<![\d年])(\d{1,2})月(\d{1,2})日/, (m) =>
      validDay(Number(m[1]), Number(m[2])) ? iso(year, Number(m[1]), Number(m[2])) : null,
    );
    add(/(?<![\d年])(\d{1,2})月(底|末|份|前|上旬|中旬|下旬)/, (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      // "6月前" is before June begins: the last day of May.
      if (m[2] === '前') return month > 1 ? monthEnd(year, month - 1) : null;
      return tenDays(year, month, m[2]);
    });
    add(/(?<![\d\w])(\d{1,2})\s?[·•‧・]\s?(\d{1,2})(?!\d)/, (m) =>
      validDay(Number(m[1]), Number(m[2])) ? iso(yearBefore(text, m.index) ?? year, Number(m[1]), Number(m[2])) : null,
    );
    for (const [re, month, day] of NAMED_DAYS) add(re, (m) => iso(yearBefore(text, m.index) ?? year, month, day));
    add(/(?<!\d)(?:年底|年末|年内|全年)/, () => iso(year, 12, 31));
    add(/(?<!\d年)上半年/, () => iso(year, 6, 30));
    add(/(?<!\d年)下半年/, () => iso(year, 12, 31));
    add(/(?<!\d年)第?([一二三四1-4])季度/, (m) => monthEnd(year, QUARTERS[m[1]!]!));
  }
  // In the order written; the forms with a year are added first, so the stable sort keeps them ahead at one place.
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates.flatMap(([, date]) => (date !== null ? [date] : []));
}

/** 上旬 → the 10th, 中旬 → the 20th, 下旬/底/末/份/none → the month's last day. */
function tenDays(y: number, m: number, part: string | undefined): string | null {
  if (m < 1 || m > 12) return null;
  if (part === '上旬') return iso(y, m, 10);
  if (part === '中旬') return iso(y, m, 20);
  return monthEnd(y, m);
}

/** "2024年六五环境日": a year written right before a day's name. */
function yearBefore(text: string, index: number): number | undefined {
  const m = /(\d{4})年(?:度)?[“"「]?$/.exec(text.slice(Math.max(0, index - 7), index));
  return m ? Number(m[1]) : undefined;
}
