import { z } from 'zod';
import { IdSchema } from './common';

/** The credit rating (issue 18): schemes as versioned data, annual runs, objections, publication. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** 环保诚信 green, 环保良好 blue, 环保警示 yellow, 环保不良 red. */
export const CREDIT_LEVEL_CODES = ['green', 'blue', 'yellow', 'red'] as const;
export type CreditLevelCode = (typeof CREDIT_LEVEL_CODES)[number];
export const CREDIT_AREA_CODES = ['pollution', 'ecology', 'management', 'society'] as const;
export const INDICATOR_SOURCE_CODES = [
  'exceedance_hours',
  'leads_confirmed',
  'cases_decided',
  'fines_yuan',
  'late_reports',
  'disclosure_missed',
  'complaints_substantiated',
  'manual',
] as const;
export const RATING_RUN_STATUSES = ['draft', 'objections', 'review', 'published'] as const;
export type RatingRunStatus = (typeof RATING_RUN_STATUSES)[number];
export const RATING_REASON_CODES = ['key_unit', 'fine', 'permit_revoked', 'manual'] as const;
export const OBJECTION_STATUSES = ['open', 'upheld', 'rejected'] as const;

export const RatingSchemeSchema = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(200),
  unverified: z.boolean(),
  indicators: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(20),
        area: z.enum(CREDIT_AREA_CODES),
        name: z.string().trim().min(1).max(100),
        maxPoints: z.number().positive().max(100),
        source: z.enum(INDICATOR_SOURCE_CODES),
        deductPerUnit: z.number().min(0).max(100),
      }),
    )
    .min(1)
    .max(60),
  vetoes: z
    .array(z.object({ code: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(200) }))
    .max(40),
  thresholds: z.object({ green: z.number(), blue: z.number(), yellow: z.number() }),
});
export type RatingSchemeView = z.infer<typeof RatingSchemeSchema>;
export const SaveRatingSchemeBodySchema = RatingSchemeSchema.omit({ version: true });

export const IndicatorScoreSchema = z.object({
  code: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  value: z.number().nullable(),
  filledBy: z.enum(['record', 'hand', 'default']),
});

export const ObjectionSchema = z.object({
  id: IdSchema,
  ratingId: IdSchema,
  text: z.string(),
  filedOn: Day,
  status: z.enum(OBJECTION_STATUSES),
  decision: z.string(),
  levelBefore: z.enum(CREDIT_LEVEL_CODES),
  levelAfter: z.enum(CREDIT_LEVEL_CODES).nullable(),
  decidedOn: Day.nullable(),
});
export type ObjectionView = z.infer<typeof ObjectionSchema>;

export const RatingSchema = z.object({
  id: IdSchema,
  runId: IdSchema,
  year: z.number().int(),
  runStatus: z.enum(RATING_RUN_STATUSES),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  reasons: z.array(z.enum(RATING_REASON_CODES)),
  total: z.number(),
  scoredLevel: z.enum(CREDIT_LEVEL_CODES),
  level: z.enum(CREDIT_LEVEL_CODES),
  vetoes: z.array(z.string()),
  jointPunishment: z.boolean(),
  openObjections: z.number().int(),
});
export type RatingView = z.infer<typeof RatingSchema>;

export const RatingDetailSchema = RatingSchema.extend({
  indicators: z.array(IndicatorScoreSchema),
  scheme: RatingSchemeSchema,
  objections: z.array(ObjectionSchema),
  objectionsUntil: Day.nullable(),
  /** The caller (an enterprise) may object now. */
  canObject: z.boolean(),
});
export type RatingDetail = z.infer<typeof RatingDetailSchema>;

export const RatingRunSchema = z.object({
  id: IdSchema,
  year: z.number().int(),
  regionCode: z.string(),
  status: z.enum(RATING_RUN_STATUSES),
  schemeVersion: z.number().int(),
  objectionDays: z.number().int(),
  objectionsFrom: Day.nullable(),
  objectionsUntil: Day.nullable(),
  publishedOn: Day.nullable(),
  counts: z.object({ green: z.number(), blue: z.number(), yellow: z.number(), red: z.number() }),
  openObjections: z.number().int(),
});
export type RatingRunView = z.infer<typeof RatingRunSchema>;
export const RatingRunDetailSchema = RatingRunSchema.extend({ ratings: z.array(RatingSchema) });
export type RatingRunDetail = z.infer<typeof RatingRunDetailSchema>;

export const CreateRatingRunBodySchema = z.object({
  year: z.number().int().min(2014).max(2100),
  objectionDays: z.number().int().min(1).max(60).default(10).describe('Working days for objections (⚠ data)'),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('Default: the caller’s region'),
});
export const OpenObjectionsBodySchema = z.object({ from: Day.optional().describe('Default: today') });
export const ManualScoresBodySchema = z.object({
  manual: z.record(z.string().max(20), z.number().min(0).max(100)),
  vetoes: z.array(z.string().max(40)).max(40),
});
export const FileObjectionBodySchema = z.object({ text: z.string().trim().min(5).max(4000) });
export const DecideObjectionBodySchema = z
  .object({
    upheld: z.boolean(),
    decision: z.string().trim().min(2).max(4000),
    manual: z.record(z.string().max(20), z.number().min(0).max(100)).optional(),
    vetoes: z.array(z.string().max(40)).max(40).optional(),
  })
  .describe('Upheld: the scores/vetoes given replace the rating’s, and the level is recomputed');

export const PublicRatingSchema = z.object({
  year: z.number().int(),
  enterpriseName: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  level: z.enum(CREDIT_LEVEL_CODES),
  jointPunishment: z.boolean(),
  publishedOn: Day,
});
export const PublicQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const PublicRatingListSchema = z.object({ items: z.array(PublicRatingSchema), total: z.number().int() });
