import type { PlanProposal, PlanWarningCode, ProposedItem } from '@ecocloud/contracts';
import { findDeadlines } from './plan-dates';
import { tableCells, tableHeader, tableRowTarget, type TableColumns } from './plan-tables';
import { findIndicators, type Due } from './plan-targets';
import { findPlaces, findTags, type Place } from './plan-text-facts';
import { findUnits, type UnitEntry } from './unit-dictionary';

export type ParseOptions = {
  /** Plan year; read from the title ("2024年…工作要点") when absent. */
  year?: number | undefined;
  /** Places to recognise (the region dictionary): their codes become the items' regions. */
  places?: readonly Place[];
  /** The units dictionary (`unit-dictionary.ts`): only its units are proposed as leads. */
  units?: readonly UnitEntry[];
};

// Numbering ranks as written in Chinese official documents: 第一部分 > 一、 > （一） > 1. > 1.1 > （1） > 1) > ①.
const HEADINGS: [rank: number, re: RegExp][] = [
  [0, /^(第[一二三四五六七八九十百]+(?:部分|章|篇))\s*(.+)$/],
  [1, /^([一二三四五六七八九十百]+[、．.])\s*(.+)$/],
  [2, /^([（(][一二三四五六七八九十百]+[）)])\s*(.+)$/],
  [3, /^(\d{1,2}(?:、|[．.](?!\d)))\s*(.+)$/],
  [3.5, /^(\d{1,2}\.\d{1,2})(?![\d%])\s*(.+)$/],
  [4, /^([（(]\d{1,2}[）)])\s*(.+)$/],
  [4.5, /^(\d{1,2}[)）])\s*(.+)$/],
  [5, /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*(.+)$/],
];
/** Parts whose paragraphs are prose (guiding ideas, overall goals), kept as text rather than split into tasks. */
const GENERAL = /总体要求|指导思想|总体目标|主要目标|基本原则|工作目标/;
const TITLE_WORDS = /要点|计划|方案|安排|规划/;

type Node = ProposedItem & { rank: number; isGeneral: boolean; due: Due | null };

/** Splits a paragraph into sentences at 。！？； outside brackets (the terminator is dropped). */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of paragraph) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && /[。！？；;!?]/.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** "（牵头单位：大气环境处；配合单位：…）": a note naming who does the work, not a measure. */
const UNIT_NOTE = /^[（(](?:牵头|责任|配合|主责)(?:单位|部门)/;

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
    due: null,
  };
}

/** The English wording of the warnings, for the CLI and API clients. */
const PLAN_WARNING_TEXT: Record<PlanWarningCode, string> = {
  no_year: 'no plan year found: pass the year; deadlines such as 年底 stay unresolved',
  no_headings: 'no numbered headings (一、 / （一） / 1.) found',
};

type Ctx = { year: number | null; places: readonly Place[]; units: readonly UnitEntry[] };

/**
 * Reads a Chinese plan (plain UTF-8 text) into a proposed item tree: numbered headings of each
 * rank become sections; under a heading, each paragraph's lead sentence becomes a task and its
 * other sentences measures; a heading followed by text on its own line keeps that text's
 * sentences as its measures; a table of targets (a header naming 指标 and 目标) gives the heading
 * above it indicators. Every item gets a deadline: its own text's, else its parent's when that was
 * written, else the plan year's 31 December marked `default`. Pure: no I/O, no clock.
 */
export function parsePlanText(text: string, opts: ParseOptions = {}): PlanProposal {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^[ \u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l.trim() !== '');
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
  const ctx: Ctx = { year, places: opts.places ?? [], units: opts.units ?? [] };

  const roots: Node[] = [];
  const stack: Node[] = [];
  let table: TableColumns | null = null;
  for (const line of firstHeading < 0 ? [] : lines.slice(firstHeading)) {
    const parent = stack[stack.length - 1];
    const cells = tableCells(line);
    if (cells && parent) {
      const header = tableHeader(cells);
      if (header) {
        table = header;
        continue;
      }
      const row = table ? tableRowTarget(cells, table, year, parent.due, ctx.units) : null;
      if (row) {
        parent.indicators.push(row.indicator);
        parent.units = [...new Set([...parent.units, ...row.units])].sort();
        continue;
      }
    }
    table = null;
    const plain = line.replace(/\t/g, ' ');
    const heading = HEADINGS.map(([rank, re]) => [rank, re.exec(plain)] as const).find(([, m]) => m);
    if (heading) {
      const [rank, m] = heading;
      while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
      const above = stack[stack.length - 1];
      const [lead = '', ...rest] = splitRest(m![2]!).filter((x, i) => i === 0 || !UNIT_NOTE.test(x));
      const n = node(rank, stack.length + 1, m![1]!, lead, splitRest(m![2]!).slice(1).join('。'));
      settle(n, [lead], above, ctx);
      if (rest.length) n.children.push(...rest.map((s) => measure(n, s, ctx)));
      (above ? above.children : roots).push(n);
      stack.push(n);
      continue;
    }
    if (!parent) continue;
    if (parent.isGeneral) {
      parent.text = parent.text ? `${parent.text}\n${plain}` : plain;
      addTargets(parent, splitSentences(plain), ctx);
      parent.tags = [...new Set([...parent.tags, ...findTags(plain)])];
      continue;
    }
    parent.children.push(paragraphTask(parent, plain, ctx));
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

/** Heading text: the title up to the first full stop, then the sentences that follow on the line. */
function splitRest(s: string): string[] {
  const sentences = splitSentences(s);
  return sentences.length ? sentences : [s];
}

function measure(parent: Node, sentence: string, ctx: Ctx): Node {
  const n = node(9, parent.level + 1, '', sentence, sentence);
  n.kind = 'measure';
  settle(n, [sentence], parent, ctx);
  return n;
}

function paragraphTask(parent: Node, paragraph: string, ctx: Ctx): Node {
  const [lead = paragraph, ...rest] = splitSentences(paragraph).filter((x, i) => i === 0 || !UNIT_NOTE.test(x));
  const n = node(9, parent.level + 1, '', lead, paragraph);
  n.kind = 'task';
  settle(n, [lead], parent, ctx);
  n.children = rest.map((s) => measure(n, s, ctx));
  return n;
}

/**
 * The item's deadline, then its targets, tags, places and units. The deadline is the latest its own
 * sentences write; else its parent's when the parent's was written (a measure of the 5 June task is
 * due then too); else the plan year's end, marked default. A general part (总体要求) dates nothing.
 */
function settle(n: Node, sentences: string[], parent: Node | undefined, ctx: Ctx): void {
  // Several dated parts ("9月底前完成A，年底前完成B"): the item is due when its last part is.
  const own = n.isGeneral
    ? null
    : (sentences
        .flatMap((s) => findDeadlines(s, ctx.year))
        .sort()
        .at(-1) ?? null);
  if (own) n.due = { date: own, source: 'text' };
  else if (parent?.due && parent.due.source !== 'default') n.due = { date: parent.due.date, source: 'inherited' };
  else if (ctx.year) n.due = { date: `${ctx.year}-12-31`, source: 'default' };
  n.deadline = n.due?.date ?? null;
  if (n.due) n.deadlineSource = n.due.source;
  addTargets(n, sentences, ctx);
  const all = `${n.title}\n${n.text}`;
  n.tags = [...new Set([...n.tags, ...findTags(all)])];
  n.regions = findPlaces(all, ctx.places);
  n.units = findUnits(all, ctx.units);
}

function addTargets(n: Node, sentences: string[], ctx: Ctx): void {
  // A general part's targets fall back to the plan year's end, not to the part's (default) deadline.
  const fallback: Due | null = ctx.year ? (n.due ?? { date: `${ctx.year}-12-31`, source: 'default' }) : null;
  for (const s of sentences) n.indicators.push(...findIndicators(s, ctx.year, fallback));
}

/** Drops the parser's bookkeeping, inherits tags downwards and settles each heading's kind. */
function finish(n: Node, inherited: string[]): ProposedItem {
  const tags = [...new Set([...inherited, ...n.tags])];
  const children = n.children.map((c) => finish(c as Node, tags));
  let kind = n.kind;
  if (n.isGeneral) kind = 'section';
  else if (n.rank < 9) kind = children.length && children.some((c) => c.kind !== 'measure') ? 'section' : 'task';
  const { rank: _r, isGeneral: _g, due: _d, ...rest } = n;
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
