import { tableList } from '../../../db/table-list';

/** The rating's tables (migration 0019). Days are Shanghai YYYY-MM-DD, instants ISO-8601 UTC, JSON as text. */
interface CreditRatingSchemesTable {
  /** 1, 2, …: a new version for every change; a run keeps the one it used. */
  version: number;
  name: string;
  /** JSON RatingScheme of @ecocloud/standards. */
  body: string;
  unverified: number;
  created_by: string | null;
  created_at: string;
}

export interface CreditRatingRunsTable {
  id: string;
  /** The year whose record is rated. */
  year: number;
  region_code: string;
  /** draft | objections | review | published. */
  status: string;
  scheme_version: number;
  /** The objection window in working days (data, ⚠). */
  objection_days: number;
  objections_from: string | null;
  objections_until: string | null;
  published_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CreditRatingsTable {
  id: string;
  run_id: string;
  enterprise_id: string;
  /** JSON array of RatingReason. */
  reasons: string;
  /** JSON RatingFacts read from the record when the draft was computed. */
  facts: string;
  /** JSON { indicatorCode: points } scored by hand. */
  manual: string;
  /** JSON array of veto codes that hold. */
  vetoes: string;
  total: number;
  scored_level: string;
  level: string;
  joint_punishment: number;
  updated_at: string;
}

export interface CreditObjectionsTable {
  id: string;
  rating_id: string;
  enterprise_id: string;
  text: string;
  filed_by: string | null;
  filed_on: string;
  /** open | upheld | rejected. */
  status: string;
  decision: string;
  level_before: string;
  level_after: string | null;
  decided_by: string | null;
  decided_on: string | null;
  created_at: string;
}

export interface CreditRatingTables {
  credit_rating_schemes: CreditRatingSchemesTable;
  credit_rating_runs: CreditRatingRunsTable;
  credit_ratings: CreditRatingsTable;
  credit_objections: CreditObjectionsTable;
}

export const CREDIT_RATING_TABLES = tableList<CreditRatingTables>()([
  'credit_rating_schemes',
  'credit_rating_runs',
  'credit_ratings',
  'credit_objections',
]);
