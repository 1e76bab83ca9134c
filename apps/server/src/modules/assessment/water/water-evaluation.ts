import {
  add,
  classifyFewSections,
  classifySection,
  cwqi,
  div,
  exceedanceMultiple,
  fromInt,
  parseDecimal,
  rankWithTies,
  rateBasinByShares,
  toFixedExact,
  waterClassLabel,
  waterStatus,
  type Rational,
  type WaterBody,
  type WaterClass,
  type WaterItem,
} from '@ecocloud/standards';

export type Sample = Partial<Record<WaterItem, number>>;
export type SectionInput = { key: string; sample: Sample; waterBody: WaterBody; targetClass: number | null };

export type SectionResult = {
  waterClass: WaterClass | null;
  classLabel: string | null;
  status: string | null;
  meetsTarget: boolean | null;
  itemsOverTarget: { item: string; itemClass: number; multiple: string | null }[];
};

/** Section class by the single-factor method (GB 3838-2002, 评价办法 2011) and the items worse than its target with multiples. */
export function classifySectionMonth(s: SectionInput): SectionResult {
  const r = classifySection(s.sample, { waterBody: s.waterBody });
  if (r.waterClass === null)
    return { waterClass: null, classLabel: null, status: null, meetsTarget: null, itemsOverTarget: [] };
  const target = s.targetClass;
  const over =
    target === null ? [] : (Object.entries(r.itemClasses) as [WaterItem, WaterClass][]).filter(([, c]) => c > target);
  return {
    waterClass: r.waterClass,
    classLabel: waterClassLabel(r.waterClass),
    status: waterStatus(r.waterClass).zh,
    meetsTarget: target === null ? null : r.waterClass <= target,
    itemsOverTarget: over.map(([item, c]) => {
      const m =
        target !== null && target <= 5
          ? exceedanceMultiple(item, s.sample[item]!, target as 1 | 2 | 3 | 4 | 5, s.waterBody)
          : null;
      return { item, itemClass: c, multiple: m ? toFixedExact(m, 2) : null };
    }),
  };
}

export type ShareRow = {
  key: string;
  name: string;
  sections: number;
  goodShare: string;
  worseThanVShare: string;
  status: string | null;
};

/**
 * Shares of sections in classes I-III and worse than V for a group (city, river, basin). The rating
 * uses the section shares with ≥ 5 sections, else the item means over the sections (评价办法 2011).
 */
export function groupShares(
  key: string,
  name: string,
  members: readonly { waterClass: WaterClass; sample: Sample; waterBody: WaterBody }[],
): ShareRow {
  const r = rateBasinByShares(members.map((m) => m.waterClass));
  let status: string | null;
  if (members.length >= 5) status = r.status;
  else {
    const few = classifyFewSections(
      members.map((m) => m.sample),
      { waterBody: members[0]!.waterBody },
    );
    status = few.waterClass === null ? null : waterStatus(few.waterClass).en.toLowerCase().replace(/ /g, '-');
  }
  return {
    key,
    name,
    sections: members.length,
    goodShare: toFixedExact(r.goodShare, 1),
    worseThanVShare: toFixedExact(r.worseThanVShare, 1),
    status,
  };
}

/** Exact mean of each item over the samples (the CWQI takes the period mean over the city's sections). */
function itemMeans(samples: readonly Sample[]): Partial<Record<WaterItem, Rational>> {
  const sums = new Map<WaterItem, { sum: Rational; n: number }>();
  for (const s of samples) {
    for (const [item, v] of Object.entries(s) as [WaterItem, number][]) {
      const prev = sums.get(item) ?? { sum: fromInt(0), n: 0 };
      sums.set(item, { sum: add(prev.sum, parseDecimal(v)), n: prev.n + 1 });
    }
  }
  return Object.fromEntries([...sums].map(([item, { sum, n }]) => [item, div(sum, fromInt(n))]));
}

/** City CWQI of the river sections (2017 rule ⚠ formulas) and the ranking, ascending, ties shared. */
export function cwqiRanking(cities: readonly { regionCode: string; name: string; samples: Sample[] }[]) {
  const rows = cities
    .filter((c) => c.samples.length > 0)
    .map((c) => ({ regionCode: c.regionCode, name: c.name, cwqi: cwqi(itemMeans(c.samples), 'river').rounded }));
  const ranks = new Map(
    rankWithTies(rows.map((r) => ({ key: r.regionCode, value: r.cwqi }))).map((r) => [r.key, r.rank]),
  );
  return rows
    .map((r) => ({ ...r, rank: ranks.get(r.regionCode)! }))
    .sort((a, b) => a.rank - b.rank || a.regionCode.localeCompare(b.regionCode));
}
