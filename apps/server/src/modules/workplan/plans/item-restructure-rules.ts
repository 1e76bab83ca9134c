import type { Milestone } from '@ecocloud/contracts';
import type { ItemRow } from '../shared/workplan.repository';

/**
 * The pure rules of splitting and merging items: the parts' numbers, and how the fields of merged
 * siblings combine. The services apply them inside a transaction.
 */

/**
 * The number of part `k` (1-based) of a split item: the original's with a suffix, keeping its
 * brackets and its closing mark: `3` → `3-1`, `1.` → `1-1.`, `（3）` → `（3-1）`, `一、` → `一-1、`.
 * An item without a number gives parts without one.
 */
export function partNumber(number: string, k: number): string {
  if (number === '') return '';
  const bracketed = /^([（(])(.*)([）)])$/.exec(number);
  if (bracketed) return `${bracketed[1]}${bracketed[2]}-${k}${bracketed[3]}`;
  const [, core = number, mark = ''] = /^(.*?)([、.．。\s]*)$/.exec(number) ?? [];
  return `${core}-${k}${mark}`;
}

/**
 * The kept item's text followed by a paragraph for each merged item: its title, then its text after
 * a colon, so nothing written on a merged item is lost with its row.
 */
export function mergedText(kept: ItemRow, others: readonly ItemRow[]): string {
  const paragraphs = others.map((o) => (o.text.trim() ? `${o.title}：${o.text.trim()}` : o.title));
  return [kept.text.trim(), ...paragraphs].filter(Boolean).join('\n');
}

/** The latest deadline of the items and where it comes from (the first item holding it: the kept one on a tie). */
export function latestDeadline(rows: readonly ItemRow[]): { deadline: string | null; source: string | null } {
  let best: ItemRow | undefined;
  for (const r of rows) if (r.deadline && (!best?.deadline || r.deadline > best.deadline)) best = r;
  return { deadline: best?.deadline ?? null, source: best ? best.deadline_source : null };
}

/** The earliest start date written on any of the items. */
export function earliestStart(rows: readonly ItemRow[]): string | null {
  const starts = rows.map((r) => r.start_date).filter((d): d is string => Boolean(d));
  return starts.length ? starts.sort()[0]! : null;
}

/** Every milestone of the items once (same date and title), in date order. */
export function mergedMilestones(rows: readonly ItemRow[]): Milestone[] {
  const seen = new Map<string, Milestone>();
  for (const r of rows)
    for (const m of JSON.parse(r.milestones_json) as Milestone[])
      if (!seen.has(`${m.date} ${m.title}`)) seen.set(`${m.date} ${m.title}`, m);
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A merged item is done only when every item merged was: else there is work left in it. */
export function mergedDoneAt(rows: readonly ItemRow[]): string | null {
  if (rows.some((r) => !r.done_at)) return null;
  return rows.map((r) => r.done_at!).sort()[rows.length - 1]!;
}

/**
 * The units of the merged item: every lead unit of any of the items, then every co-lead not also a
 * lead (an organisation is a unit of an item once), in the order of the items.
 */
export function mergedUnits(
  itemIds: readonly string[],
  units: readonly { item_id: string; org_id: string; role: string }[],
): { leads: string[]; cos: string[] } {
  const ordered = itemIds.flatMap((id) => units.filter((u) => u.item_id === id));
  const leads = [...new Set(ordered.filter((u) => u.role === 'lead').map((u) => u.org_id))];
  const cos = [...new Set(ordered.filter((u) => u.role === 'co').map((u) => u.org_id))].filter(
    (o) => !leads.includes(o),
  );
  return { leads, cos };
}
