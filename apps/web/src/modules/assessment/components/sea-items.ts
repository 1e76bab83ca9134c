import { classifySeaItem, type SeaClass, type SeaItem } from '@ecocloud/standards';

/** The GB 3097 items in the order the table lists them. */
const SEA_ITEMS: readonly SeaItem[] = ['ph', 'do', 'cod', 'bod5', 'din', 'phosphate', 'petroleum'];

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export type WorseItem = { item: SeaItem; seaClass: SeaClass };

/**
 * Items of each survey day worse than class II (the usual coastal target), by Beijing date, from a
 * station's daily series. The class of each item comes from @ecocloud/standards, as the server's.
 */
export function worseThanClassTwo(
  points: readonly { parameter: string; periodStart: string; value: number | null }[],
): Map<string, WorseItem[]> {
  const out = new Map<string, WorseItem[]>();
  for (const p of points) {
    const item = SEA_ITEMS.find((i) => i === p.parameter);
    if (!item || p.value === null) continue;
    const date = new Date(Date.parse(p.periodStart) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    const list = out.get(date) ?? [];
    const seaClass = classifySeaItem(item, String(p.value));
    if (seaClass !== null && seaClass > 2) list.push({ item, seaClass });
    out.set(date, list);
  }
  for (const list of out.values()) list.sort((a, b) => SEA_ITEMS.indexOf(a.item) - SEA_ITEMS.indexOf(b.item));
  return out;
}
