import type { PlanProposal, PlanWarningCode, ProposedItem } from '@ecocloud/contracts';
import { findDeadline, findIndicators, findPlaces, findTags, findUnits, type Place } from './plan-text-facts';

export type ParseOptions = {
  /** Plan year; read from the title ("2024年…工作要点") when absent. */
  year?: number | undefined;
  /** Places to recognise (the region dictionary): their codes become the items' regions. */
  places?: readonly Place[];
  /** Organisation names to recognise as units. */
  knownUnits?: readonly string[];
};

// Numbering ranks as written in Chinese official documents: 一、 > （一） > 1. > （1）.
const HEADINGS: [rank: number, re: RegExp][] = [
  [1, /^([一二三四五六七八九十百]+[、．.])\s*(.+)$/],
  [2, /^([（(][一二三四五六七八九十百]+[）)])\s*(.+)$/],
  [3, /^(\d{1,2}[、．.])(?!\d)\s*(.+)$/],
  [4, /^([（(]\d{1,2}[）)])\s*(.+)$/],
];
/** Parts whose paragraphs are prose (guiding ideas, overall goals), kept as text rather than split into tasks. */
const GENERAL = /总体要求|指导思想|总体目标|主要目标|基本原则|工作目标/;
const TITLE_WORDS = /要点|计划|方案|安排|规划/;

type Node = ProposedItem & { rank: number; isGeneral: boolean };

/** Splits a paragraph into sentences at 。！？； (the terminator is dropped). */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/[。！？；;!?]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function node(rank: number, level: number, number: string, title: string, text: string): Node {
  return {
    rank,
    level,
    number,
    title,
    text,
    kind: 'section',
    isGeneral: GENERAL.test(title),
    tags: [],
    regions: [],
    units: [],
    deadline: null,
    indicators: [],
    children: [],
  };
}

/** The English wording of the warnings, for the CLI and API clients. */
const PLAN_WARNING_TEXT: Record<PlanWarningCode, string> = {
  no_year: 'no plan year found: pass the year; deadlines such as 年底 stay unresolved',
  no_headings: 'no numbered headings (一、 / （一） / 1.) found',
};

/**
 * Reads a Chinese plan (plain UTF-8 text) into a proposed item tree: numbered headings of each
 * rank become sections; under a heading, each paragraph's lead sentence becomes a task and its
 * other sentences measures; a heading followed by text on its own line keeps that text's
 * sentences as its measures. Pure: no I/O, no clock.
 */
export function parsePlanText(text: string, opts: ParseOptions = {}): PlanProposal {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean);
  const warningCodes: PlanWarningCode[] = [];
  const firstHeading = lines.findIndex((l) => HEADINGS.some(([, re]) => re.test(l)));
  const head = firstHeading < 0 ? lines : lines.slice(0, firstHeading);
  const title =
    head.find((l) => l.length <= 40 && !/[。:：]$/.test(l) && TITLE_WORDS.test(l)) ??
    head.find((l) => l.length <= 40) ??
    '';
  const detected = /(\d{4})年/.exec(title) ?? /(\d{4})年/.exec(text);
  const year = opts.year ?? (detected ? Number(detected[1]) : null);
  if (!year) warningCodes.push('no_year');
  const ctx: Ctx = {
    year,
    yearEnd: year ? `${year}-12-31` : null,
    places: opts.places ?? [],
    units: opts.knownUnits ?? [],
  };

  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const line of firstHeading < 0 ? [] : lines.slice(firstHeading)) {
    const heading = HEADINGS.map(([rank, re]) => [rank, re.exec(line)] as const).find(([, m]) => m);
    if (heading) {
      const [rank, m] = heading;
      while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
      const parent = stack[stack.length - 1];
      const [lead = '', ...rest] = splitRest(m![2]!);
      const n = node(rank, stack.length + 1, m![1]!, lead, rest.join('。'));
      if (rest.length) n.children.push(...rest.map((s) => measure(n.level + 1, s, ctx)));
      addFacts(n, [lead], ctx);
      (parent ? parent.children : roots).push(n);
      stack.push(n);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    if (parent.isGeneral) {
      parent.text = parent.text ? `${parent.text}\n${line}` : line;
      addFacts(parent, splitSentences(line), ctx);
      continue;
    }
    parent.children.push(paragraphTask(parent.level + 1, line, ctx));
  }
  if (!roots.length) warningCodes.push('no_headings');
  const warnings = warningCodes.map((w) => PLAN_WARNING_TEXT[w]);
  const items = roots.map((r) => finish(r, []));
  const counts = count(items);
  return {
    title,
    year: year ?? 0,
    preamble: head.filter((l) => l !== title).join('\n'),
    items,
    warnings,
    warningCodes,
    counts,
  };
}

type Ctx = { year: number | null; yearEnd: string | null; places: readonly Place[]; units: readonly string[] };

/** Heading text: the title up to the first full stop, then the sentences that follow on the line. */
function splitRest(s: string): string[] {
  const sentences = splitSentences(s);
  return sentences.length ? sentences : [s];
}

function measure(level: number, sentence: string, ctx: Ctx): Node {
  const n = node(9, level, '', sentence, sentence);
  n.kind = 'measure';
  addFacts(n, [sentence], ctx);
  return n;
}

function paragraphTask(level: number, paragraph: string, ctx: Ctx): Node {
  const [lead = paragraph, ...rest] = splitSentences(paragraph);
  const n = node(9, level, '', lead, paragraph);
  n.kind = 'task';
  addFacts(n, [lead], ctx);
  n.children = rest.map((s) => measure(level + 1, s, ctx));
  return n;
}

function addFacts(n: Node, sentences: string[], ctx: Ctx): void {
  for (const s of sentences) n.indicators.push(...findIndicators(s, ctx.year, ctx.yearEnd));
  const all = `${n.title}\n${n.text}`;
  n.deadline ??= sentences.map((s) => findDeadline(s, ctx.year)).find((d) => d !== null) ?? null;
  n.tags = [...new Set([...n.tags, ...findTags(all)])];
  n.regions = findPlaces(all, ctx.places);
  n.units = findUnits(all, ctx.units);
}

/** Drops the parser's bookkeeping, inherits tags downwards and settles each heading's kind. */
function finish(n: Node, inherited: string[]): ProposedItem {
  const tags = [...new Set([...inherited, ...n.tags])];
  const children = n.children.map((c) => finish(c as Node, tags));
  let kind = n.kind;
  if (n.isGeneral) kind = 'section';
  else if (n.rank < 9) kind = children.length && children.some((c) => c.kind !== 'measure') ? 'section' : 'task';
  const { rank: _r, isGeneral: _g, ...rest } = n;
  return { ...rest, kind, tags, children };
}

function count(items: ProposedItem[]): { items: number; indicators: number } {
  return items.reduce(
    (acc, i) => {
      const c = count(i.children);
      return { items: acc.items + 1 + c.items, indicators: acc.indicators + i.indicators.length + c.indicators };
    },
    { items: 0, indicators: 0 },
  );
}
