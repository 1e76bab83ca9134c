import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema } from './common';

/** Complaints and petitions (issue 19): 12369 and 信访 intake, routing, statutory clocks, feedback, privacy. */
export const COMPLAINTS_PERMISSIONS = [
  'complaints:read',
  /** Staff entry of calls and letters, batch import of handed-over reports (交办件). */
  'complaints:intake',
  /** Officers: classify, route, transfer, handle and draft the answer of the reports of their unit. */
  'complaints:handle',
  /** Reviewers: approve an answer before it is sent, approve an extension, decide a review (复查). */
  'complaints:review',
  /** Exports that include the reporter's identity and contact (retaliation risk: granted apart). */
  'complaints:export_identity',
] as const;
export type ComplaintsPermission = (typeof COMPLAINTS_PERMISSIONS)[number];

// ---- Reports (12369 complaints and 信访 petitions) ----

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** What the reporter saw or heard; the map and the statistics group by it. */
export const COMPLAINT_KINDS = [
  'odour',
  'noise',
  'dust',
  'water_colour',
  'night_construction',
  'waste',
  'other',
] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** How it came in: the portal, the 12369 hotline, WeChat, a letter, a visit, a batch handed over (交办件). */
export const COMPLAINT_CHANNELS = ['portal', 'hotline', 'wechat', 'letter', 'visit', 'handover'] as const;

/** violation → enforcement; petition → the 信访 clocks with 复查/复核; elsewhere → the reporter is told where to go. */
export const COMPLAINT_CLASSES = ['violation', 'petition', 'elsewhere'] as const;

/**
 * received (acceptance clock) → accepted (handling clock) → answer_review (a draft waits for a reviewer) →
 * answered (sent and published; the reporter may rate, a petition may ask for 复查) → review_requested →
 * reviewed (the petitioner may ask for 复核) → rereview_requested → rereviewed. referred: not ours, the reporter told where to go; merged: a duplicate of an open report.
 */
export const COMPLAINT_STATES = [
  'received',
  'accepted',
  'answer_review',
  'answered',
  'review_requested',
  'reviewed',
  'rereview_requested',
  'rereviewed',
  'referred',
  'merged',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/** The unambiguous alphabet of tracking codes (no 0/O, 1/I/L): 12 random characters, ~60 bits. */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/;

const Lon = z.number().min(73).max(136);
const Lat = z.number().min(3).max(54);
const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-\s]{5,20}$/, 'a phone number');

/** A photo as a data URL (JPEG, PNG or WebP), at most ~1 MB. */
const Photo = z
  .string()
  .max(1_400_000)
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'a JPEG, PNG or WebP data URL');

const ReporterSchema = z.object({
  name: z.string().trim().min(1).max(60),
  phone: Phone.optional(),
  email: z.string().trim().email().max(120).optional(),
});

const reportFields = {
  kind: z.enum(COMPLAINT_KINDS),
  description: z.string().trim().min(5).max(2000),
  regionCode: z.string().regex(/^\d{6}$/, 'a 6-digit region code'),
  address: z.string().trim().min(2).max(300),
  lon: Lon.nullable().default(null),
  lat: Lat.nullable().default(null),
  occurredOn: Day.nullable().default(null).describe('When it happened, if the reporter says'),
  /** Null: anonymous. */
  reporter: ReporterSchema.nullable().default(null),
};

/** The portal's form (no login). */
export const PublicComplaintBodySchema = z.object({
  ...reportFields,
  photos: z.array(Photo).max(3).default([]),
});

export const PublicComplaintReceiptSchema = z.object({
  trackingCode: z.string(),
  receivedOn: Day,
});

/** Staff entry of a call, letter or visit. */
export const StaffComplaintBodySchema = z.object({
  ...reportFields,
  channel: z.enum(['hotline', 'wechat', 'letter', 'visit']),
  receivedOn: Day.optional().describe('Default today'),
});

export const ComplaintClockSchema = z.object({
  code: z.string(),
  from: Day,
  dueDate: Day,
  extended: z.number().int(),
  rolled: z.boolean(),
  doneOn: Day.nullable(),
  satisfied: z.boolean(),
  overdue: z.boolean(),
  daysLeft: z.number().int().nullable(),
  rule: z.object({
    citation: z.string(),
    text: z.string(),
    amount: z.number().int(),
    unit: z.string(),
    party: z.string(),
    mark: z.string(),
  }),
});

/** A report as lists, search and the map show it: never the reporter's identity or contact. */
export const ComplaintSummarySchema = z.object({
  id: z.string(),
  /** A short staff reference (the id's start). The tracking code is the reporter's key: staff never see it. */
  ref: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  kind: z.enum(COMPLAINT_KINDS),
  description: z.string(),
  regionCode: z.string(),
  address: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  receivedOn: Day,
  state: z.enum(COMPLAINT_STATES),
  classification: z.enum(COMPLAINT_CLASSES).nullable(),
  anonymous: z.boolean(),
  handlingOrgId: z.string(),
  handlingOrgName: z.string(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  handoverBatch: z.string().nullable(),
  /** The open clock falling due first, if any. */
  nextDue: Day.nullable(),
  overdue: z.boolean(),
});
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;

export const ComplaintEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  date: Day,
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const ComplaintDetailSchema = ComplaintSummarySchema.extend({
  occurredOn: Day.nullable(),
  acceptedOn: Day.nullable(),
  repliedOn: Day.nullable(),
  extendedDays: z.number().int(),
  extensionReason: z.string().nullable(),
  referral: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  enforcementCaseId: z.string().nullable(),
  draftAnswer: z.string().nullable(),
  publishedAnswer: z.string().nullable(),
  substantiated: z.boolean().nullable(),
  satisfaction: z.enum(['satisfied', 'unsatisfied']).nullable(),
  reviewReason: z.string().nullable(),
  reviewAnswer: z.string().nullable(),
  reReviewReason: z.string().nullable(),
  reReviewAnswer: z.string().nullable(),
  photoIds: z.array(z.string()),
  clocks: z.array(ComplaintClockSchema),
  events: z.array(ComplaintEventSchema),
  /** Open reports on the same place and problem (merge candidates). */
  possibleDuplicates: z.array(z.object({ id: z.string(), ref: z.string(), receivedOn: Day, address: z.string() })),
  /** The caller may open the reporter's identity (an officer of the handling unit with complaints:handle); each view is audited. */
  canViewIdentity: z.boolean(),
  actions: z.array(z.string()),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;

export const ComplaintIdentitySchema = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ComplaintIdentity = z.infer<typeof ComplaintIdentitySchema>;

export const ComplaintListQuerySchema = pageQuerySchema(['receivedOn', 'nextDue', 'state'] as const).extend({
  state: z.enum(COMPLAINT_STATES).optional(),
  kind: z.enum(COMPLAINT_KINDS).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  q: z.string().trim().max(100).optional().describe('Words of the description, the address or the tracking code'),
  handoverBatch: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe("The 交办编号 of a handed-over batch, exact: only that batch's reports"),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export const ComplaintListSchema = listSchema(ComplaintSummarySchema);

/** What staff entry answers: the report and, once, its tracking code to tell the caller or write in the reply letter. */
export const StaffComplaintCreatedSchema = z.object({ id: z.string(), trackingCode: z.string() });

/** One step on a report; each kind its own permission (see the module README). */
export const ComplaintActionBodySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accept'),
    date: Day.optional(),
    classification: z.enum(COMPLAINT_CLASSES),
    enterpriseId: IdSchema.nullable().default(null),
    referral: z
      .string()
      .trim()
      .max(500)
      .nullable()
      .default(null)
      .describe('Where the reporter is told to go (elsewhere)'),
    note: z.string().trim().max(2000).default(''),
  }),
  z.object({ kind: z.literal('merge'), intoId: IdSchema, note: z.string().trim().max(2000).default('') }),
  z.object({ kind: z.literal('transfer'), orgId: IdSchema, reason: z.string().trim().min(2).max(500) }),
  z.object({ kind: z.literal('link_case'), caseId: IdSchema }),
  z.object({
    kind: z.literal('extend'),
    days: z.number().int().min(1).max(30),
    reason: z.string().trim().min(2).max(500),
  }),
  z.object({ kind: z.literal('draft_answer'), answer: z.string().trim().min(5).max(5000), substantiated: z.boolean() }),
  z.object({ kind: z.literal('approve_answer'), date: Day.optional() }),
  z.object({ kind: z.literal('return_answer'), note: z.string().trim().min(2).max(2000) }),
  z.object({ kind: z.literal('answer_review'), answer: z.string().trim().min(5).max(5000), date: Day.optional() }),
  z.object({ kind: z.literal('answer_rereview'), answer: z.string().trim().min(5).max(5000), date: Day.optional() }),
]);
export type ComplaintActionBody = z.infer<typeof ComplaintActionBodySchema>;

/** The public lookup by tracking code: the status and the published answer, nothing else. */
export const PublicComplaintStatusSchema = z.object({
  trackingCode: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  receivedOn: Day,
  state: z.enum(COMPLAINT_STATES),
  acceptedOn: Day.nullable(),
  repliedOn: Day.nullable(),
  publishedAnswer: z.string().nullable(),
  referral: z.string().nullable(),
  /** Merged with an earlier report on the same matter: its answer is this one's. */
  merged: z.boolean(),
  satisfaction: z.enum(['satisfied', 'unsatisfied']).nullable(),
  canRate: z.boolean(),
  canRequestReview: z.boolean(),
  reviewAnswer: z.string().nullable(),
  /** 复核: open within 30 days of the 复查 answer; its answer once given. */
  canRequestReReview: z.boolean(),
  reReviewAnswer: z.string().nullable(),
});
export type PublicComplaintStatus = z.infer<typeof PublicComplaintStatusSchema>;

/** The daily publication of answered 交办件: one batch, one answer day; no reporter, description or place beyond the region. */
export const PublicHandoverQuerySchema = z.object({
  batch: z.string().trim().min(1).max(60),
  day: Day,
});
export const PublicHandoverListSchema = z.object({
  batch: z.string(),
  day: Day,
  items: z.array(
    z.object({
      kind: z.enum(COMPLAINT_KINDS),
      regionCode: z.string(),
      repliedOn: Day,
      /** The approved answer confirmed the facts (属实). */
      substantiated: z.boolean().nullable(),
      publishedAnswer: z.string(),
    }),
  ),
});
export type PublicHandoverList = z.infer<typeof PublicHandoverListSchema>;

export const PublicRatingBodySchema = z.object({
  satisfied: z.boolean(),
  comment: z.string().trim().max(500).default(''),
});
export const PublicReviewBodySchema = z.object({ reason: z.string().trim().min(5).max(2000) });

export const ComplaintMapQuerySchema = z.object({
  from: Day.optional(),
  to: Day.optional(),
  kind: z.enum(COMPLAINT_KINDS).optional(),
});
export const ComplaintMapSchema = z.object({
  from: Day,
  to: Day,
  points: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(COMPLAINT_KINDS),
      lon: z.number(),
      lat: z.number(),
      receivedOn: Day,
      state: z.enum(COMPLAINT_STATES),
    }),
  ),
  byKind: z.array(z.object({ kind: z.enum(COMPLAINT_KINDS), count: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
});

export const ComplaintStatsQuerySchema = z.object({ from: Day.optional(), to: Day.optional() });
const StatsRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  avgDaysToAnswer: z.number().nullable(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  satisfactionRate: z.number().nullable(),
  overdueOpen: z.number().int(),
});
export const ComplaintStatsSchema = z.object({
  from: Day,
  to: Day,
  rows: z.array(StatsRowSchema),
  total: StatsRowSchema,
  /** Enterprises with repeat substantiated reports in the 12 months up to `to`; 3 or more: special supervision. */
  repeatEnterprises: z.array(
    z.object({
      enterpriseId: z.string(),
      name: z.string(),
      substantiated: z.number().int(),
      specialSupervision: z.boolean(),
    }),
  ),
});
export type ComplaintStats = z.infer<typeof ComplaintStatsSchema>;

export const ComplaintExportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  includeIdentity: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Needs complaints:export_identity'),
});
