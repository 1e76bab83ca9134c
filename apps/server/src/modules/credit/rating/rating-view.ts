import type { CreditLevelCode, ObjectionView, RatingRunStatus, RatingRunView, RatingView } from '@ecocloud/contracts';
import { scoreRating, type RatingFacts, type RatingReason, type RatingScheme } from '@ecocloud/standards';
import type { sourcesReads } from '../../sources';
import { parseJson } from '../shared/credit-context';
import type { ObjectionRow, RatingRow, RunRow } from './ratings.repository';

type Enterprise = sourcesReads.EnterpriseInReach;

/** The stored columns of a rating computed from its facts, hand scores and vetoes by the run's scheme. */
export function computedColumns(
  scheme: RatingScheme,
  facts: RatingFacts,
  manual: Record<string, number>,
  vetoes: readonly string[],
) {
  const r = scoreRating(scheme, facts, manual, vetoes);
  return {
    facts: JSON.stringify(facts),
    manual: JSON.stringify(manual),
    vetoes: JSON.stringify(r.vetoes),
    total: r.total,
    scored_level: r.scoredLevel,
    level: r.level,
    joint_punishment: r.level === 'red' ? 1 : 0,
  };
}

export function ratingView(
  row: RatingRow,
  run: RunRow,
  e: Enterprise,
  objections: readonly ObjectionRow[],
): RatingView {
  return {
    id: row.id,
    runId: run.id,
    year: run.year,
    runStatus: run.status as RatingRunStatus,
    enterpriseId: e.id,
    enterpriseName: e.name,
    uscc: e.uscc,
    regionCode: e.regionCode,
    reasons: parseJson<RatingReason[]>(row.reasons, []),
    total: row.total,
    scoredLevel: row.scored_level as CreditLevelCode,
    level: row.level as CreditLevelCode,
    vetoes: parseJson<string[]>(row.vetoes, []),
    jointPunishment: row.joint_punishment === 1,
    openObjections: objections.filter((o) => o.rating_id === row.id && o.status === 'open').length,
  };
}

export function objectionView(o: ObjectionRow): ObjectionView {
  return {
    id: o.id,
    ratingId: o.rating_id,
    text: o.text,
    filedOn: o.filed_on,
    status: o.status as ObjectionView['status'],
    decision: o.decision,
    levelBefore: o.level_before as CreditLevelCode,
    levelAfter: (o.level_after as CreditLevelCode | null) ?? null,
    decidedOn: o.decided_on,
  };
}

export function runView(
  run: RunRow,
  ratings: readonly RatingRow[],
  objections: readonly ObjectionRow[],
): RatingRunView {
  const counts = { green: 0, blue: 0, yellow: 0, red: 0 };
  for (const r of ratings) counts[r.level as CreditLevelCode] += 1;
  return {
    id: run.id,
    year: run.year,
    regionCode: run.region_code,
    status: run.status as RatingRunStatus,
    schemeVersion: run.scheme_version,
    objectionDays: run.objection_days,
    objectionsFrom: run.objections_from,
    objectionsUntil: run.objections_until,
    publishedOn: run.published_on,
    counts,
    openObjections: objections.filter((o) => o.status === 'open').length,
  };
}
