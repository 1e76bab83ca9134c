/**
 * The units a plan may name as leads: the department, its divisions and units, and the cities' and
 * counties' bureaus, each with the names plans call it by (广西生态环境厅, 自治区生态环境厅 →
 * 广西壮族自治区生态环境厅). Only these are proposed: an organisation merely mentioned (生态环境部,
 * 自治区政府, a research institute) is not in the dictionary and is never a lead.
 */
export type UnitEntry = { name: string; aliases: string[] };

/** Organisation kinds that lead plan work (enterprises never do). */
const LEADING_KINDS = new Set(['province', 'division', 'unit', 'city', 'county']);
const REGION_PREFIX = /^(.{2,3}?)(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)(.{3,})$/;

/** The aliases plans use for an organisation's name. */
function aliasesOf(name: string, kind: string): string[] {
  const out = new Set([name]);
  const m = REGION_PREFIX.exec(name);
  if (m && (kind === 'province' || kind === 'unit')) {
    const [, short, level, rest] = m as unknown as [string, string, string, string];
    out.add(`${short}${rest}`); // 广西生态环境厅
    out.add(`${level === '市' ? '市' : level.endsWith('自治区') ? '自治区' : level}${rest}`); // 自治区生态环境厅
  }
  if (m && kind === 'city') out.add(`${m[1]}${m[3]}`); // 南宁生态环境局
  return [...out];
}

/** The dictionary of an organisation tree (as `listOrgs` reads it). */
export function unitDictionary(orgs: readonly { name: string; kind: string }[]): UnitEntry[] {
  return orgs
    .filter((o) => LEADING_KINDS.has(o.kind))
    .map((o) => ({ name: o.name, aliases: aliasesOf(o.name, o.kind) }));
}

/**
 * A dictionary written as text (`--units FILE`): one unit a line, its aliases after `=` or `：`
 * separated by 、 or commas ("广西壮族自治区生态环境厅=广西生态环境厅、自治区生态环境厅"); `#` starts a comment.
 */
export function parseUnitDictionary(text: string): UnitEntry[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', rest = ''] = line.split(/[=＝：:]/, 2).map((s) => s.trim());
      const aliases = rest
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter(Boolean);
      return { name, aliases: [...new Set([name, ...aliases])] };
    })
    .filter((e) => e.name.length > 0);
}

/** A mention as a partner, not a lead: "配合X", "向X报送", "X配合". */
const PARTNER_BEFORE = /(?:配合单位[:：]?|配合|协助|协调|向|报请|提请|争取)$/;
const PARTNER_AFTER = /^(?:配合|协助)/;
const EACH_CITY_BUREAU = /各(?:设区)?市(?:生态环境局)/;

/** The dictionary's units a text names as responsible, by canonical name, sorted. */
export function findUnits(text: string, dictionary: readonly UnitEntry[]): string[] {
  const names = new Set<string>();
  for (const entry of dictionary) {
    for (const alias of entry.aliases) {
      if (alias.length < 3) continue;
      for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
        const before = text.slice(Math.max(0, at - 6), at);
        const after = text.slice(at + alias.length, at + alias.length + 2);
        if (PARTNER_BEFORE.test(before) || PARTNER_AFTER.test(after)) continue;
        names.add(entry.name);
      }
    }
  }
  if (EACH_CITY_BUREAU.test(text))
    for (const e of dictionary) if (/^.{2,4}市生态环境局$/.test(e.name)) names.add(e.name);
  return [...names].sort();
}
