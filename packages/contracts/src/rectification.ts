import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema, RegionCodeSchema } from './common';

/** The inspection-rectification ledger (督察整改台账, issue 20): batches, problems, evidence, acceptance, close-out. */
export const RECTIFICATION_PERMISSIONS = [
  'rectification:read',
  /** Batches and problems, the plan of a problem, progress and evidence (the responsible unit reports). */
  'rectification:write',
  /** Acceptance (self and higher level), the public notice, close-out and rebound. */
  'rectification:accept',
  /** Supervision notices (督办通知) on problems: issue one to the rectifying unit, escalate the late ones. */
  'rectification:supervise',
] as const;
export type RectificationPermission = (typeof RECTIFICATION_PERMISSIONS)[number];

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Central round (中央生态环境保护督察), provincial round, special inspection (专项督察). */
export const BATCH_KINDS = ['central', 'provincial', 'special'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

/** Short (≤ 6 months), medium (1–2 years), long (3–5 years): regulation.md §6 ⚠. */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

/**
 * The stored states: 未启动 / 推进中 / 已完成待验收 / 自验收通过 / 上级验收通过 / 已销号, and 反弹 (a closed
 * problem that came back; it is worked on again like 推进中). 逾期 is not stored: it is computed.
 */
export const PROBLEM_STATES = [
  'not_started',
  'in_progress',
  'awaiting_acceptance',
  'self_accepted',
  'higher_accepted',
  'closed',
  'rebounded',
] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];
/** The shown status: the state, or `overdue` when the deadline has passed with the work not done. */
export const PROBLEM_STATUSES = [...PROBLEM_STATES, 'overdue'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** The steps of the state machine (and notes that do not move it: progress, accountability). */
export const PROBLEM_STEPS = [
  'start',
  'progress',
  'complete',
  'self_accept',
  'higher_accept',
  'reject',
  'notice',
  'close',
  'rebound',
  'accountability',
] as const;
export type ProblemStep = (typeof PROBLEM_STEPS)[number];

export const BatchBodySchema = z.object({
  kind: z.enum(BATCH_KINDS),
  name: z.string().trim().min(1).max(200),
  /** The inspection team or round (第二轮第二批 …). */
  round: z.string().trim().max(200).default(''),
  feedbackDate: Day,
  /** Published on the public portal. */
  isPublic: z.boolean().default(false),
  /**
   * A handed-over complaint batch of the inspection team: the complaints module's 交办编号 (`handoverBatch`).
   * Empty = none; otherwise it must name a batch the complaints module holds (400 on the field).
   */
  complaintBatchRef: z.string().trim().max(100).default(''),
});
export type BatchBody = z.infer<typeof BatchBodySchema>;

export const StatusCountsSchema = z.partialRecord(z.enum(PROBLEM_STATUSES), z.number().int());
/** The linked 交办件 batch as the complaints module counts it (its reports in the caller's scope). */
export const ComplaintBatchCountsSchema = z.object({
  ref: z.string(),
  received: z.number().int().describe('Handed-over reports of the batch'),
  answered: z.number().int().describe('Of those, answered (a reply day set)'),
  substantiated: z.number().int().describe('Of the answered, substantiated (查实)'),
});
export type ComplaintBatchCounts = z.infer<typeof ComplaintBatchCountsSchema>;
export const BatchSchema = z.object({
  id: z.string(),
  kind: z.enum(BATCH_KINDS),
  name: z.string(),
  round: z.string(),
  feedbackDate: z.string(),
  isPublic: z.boolean(),
  complaintBatchRef: z.string(),
  /** Null when the batch names no complaint batch; zero counts when the complaints module has none of it. */
  complaintBatch: ComplaintBatchCountsSchema.nullable(),
  total: z.number().int(),
  counts: StatusCountsSchema.describe('Problems per shown status (in your scope)'),
});
export type Batch = z.infer<typeof BatchSchema>;
export const BatchListSchema = listSchema(BatchSchema);

/** A live monitoring link: a water section (station code) that must reach a class (GB 3838-2002, 1–6). */
export const MonitoringLinkSchema = z.object({
  stationCode: z.string().trim().min(1).max(40),
  requiredClass: z.number().int().min(1).max(5),
});

export const ProblemBodySchema = z.object({
  batchId: IdSchema,
  /** The number of the item in the inspection feedback. */
  itemNo: z.string().trim().min(1).max(40),
  problem: z.string().trim().min(1).max(4000),
  category: z.string().trim().max(60).default(''),
  regionCode: RegionCodeSchema,
  /** 整改实施主体: the organisation that rectifies (Code art. 29 ¶2). */
  leadOrgId: IdSchema,
  coUnits: z.string().trim().max(500).default(''),
  /** 验收单位. */
  acceptanceUnit: z.string().trim().min(1).max(200),
  target: z.string().trim().min(1).max(2000),
  measures: z.array(z.string().trim().min(1).max(1000)).min(1).max(30),
  deadline: Day,
  horizon: z.enum(HORIZONS),
  monitoring: MonitoringLinkSchema.nullable().default(null),
  isPublic: z.boolean().default(true),
  complaintBatchRef: z.string().trim().max(100).default(''),
});
export type ProblemBody = z.infer<typeof ProblemBodySchema>;

export const ProblemListQuerySchema = pageQuerySchema(['itemNo', 'deadline', 'regionCode', 'status'] as const).extend({
  batchId: IdSchema.optional(),
  status: z.enum(PROBLEM_STATUSES).optional(),
  regionCode: RegionCodeSchema.optional(),
  horizon: z.enum(HORIZONS).optional(),
  q: z.string().trim().max(100).optional(),
});

export const ProblemSummarySchema = z.object({
  id: z.string(),
  batchId: z.string(),
  batchName: z.string(),
  itemNo: z.string(),
  problem: z.string(),
  category: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  leadOrgId: z.string(),
  leadOrgName: z.string(),
  deadline: z.string(),
  horizon: z.enum(HORIZONS),
  state: z.enum(PROBLEM_STATES),
  status: z.enum(PROBLEM_STATUSES),
  isOverdue: z.boolean(),
  reboundCount: z.number().int(),
});
export type ProblemSummary = z.infer<typeof ProblemSummarySchema>;
export const ProblemListSchema = listSchema(ProblemSummarySchema);

export const ProblemEventSchema = z.object({
  id: z.string(),
  step: z.enum(PROBLEM_STEPS),
  date: z.string(),
  note: z.string(),
  /** Acceptance: the accepting unit and its conclusion. */
  unit: z.string(),
  by: z.string(),
  at: z.string(),
});
export const EvidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(['document', 'photo']),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('Bytes'),
  note: z.string(),
  at: z.string(),
});
export const MonitoringReadingSchema = z.object({
  stationCode: z.string(),
  stationName: z.string().nullable(),
  requiredClass: z.number().int(),
  month: z.string().nullable(),
  waterClass: z.number().int().nullable().describe('Class reached in the latest month with data (GB 3838-2002)'),
  meetsTarget: z.boolean().nullable(),
});
export const PublicNoticeSchema = z.object({
  from: z.string(),
  to: z.string().describe('Last day of the notice (working days from the platform calendar)'),
  workingDays: z.number().int(),
  url: z.string(),
  /** True once `to` has passed: the problem may be closed. */
  isOver: z.boolean(),
});
export const ProblemDetailSchema = ProblemSummarySchema.extend({
  coUnits: z.string(),
  acceptanceUnit: z.string(),
  target: z.string(),
  measures: z.array(z.string()),
  isPublic: z.boolean(),
  complaintBatchRef: z.string(),
  notice: PublicNoticeSchema.nullable(),
  closedOn: z.string().nullable(),
  monitoring: MonitoringReadingSchema.nullable(),
  events: z.array(ProblemEventSchema),
  evidence: z.array(EvidenceSchema),
  /** The steps the caller may take now. */
  allowedSteps: z.array(z.enum(PROBLEM_STEPS)),
});
export type ProblemDetail = z.infer<typeof ProblemDetailSchema>;

export const ProblemStepBodySchema = z.object({
  step: z.enum(PROBLEM_STEPS),
  date: Day.optional(),
  note: z.string().trim().max(4000).default(''),
  /** Acceptance: the unit that accepted or rejected. */
  unit: z.string().trim().max(200).default(''),
  /** Notice: where it is published. */
  url: z.string().trim().max(500).default(''),
});
export type ProblemStepBody = z.infer<typeof ProblemStepBodySchema>;

export const EvidenceBodySchema = z.object({
  kind: z.enum(['document', 'photo']),
  filename: z.string().trim().min(1).max(200),
  contentType: z.string().max(100).default('application/octet-stream'),
  /** Base64 content; at most 5 MB once decoded. */
  contentBase64: z.string().min(1).max(7_000_000),
  note: z.string().trim().max(1000).default(''),
});

export const RectificationSettingsSchema = z.object({
  /** Working days of the public notice before close-out (⚠ 5 by default: local practice 5–7, unverified). */
  noticeWorkingDays: z.number().int().min(1).max(30),
});
export type RectificationSettings = z.infer<typeof RectificationSettingsSchema>;

/** What the portal shows of the published batches and problems. */
export const PublicRectificationSchema = z.object({
  batches: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(BATCH_KINDS),
      name: z.string(),
      feedbackDate: z.string(),
      total: z.number().int(),
      done: z.number().int(),
      closed: z.number().int(),
    }),
  ),
  problems: z.array(
    z.object({
      batchId: z.string(),
      itemNo: z.string(),
      problem: z.string(),
      regionName: z.string(),
      leadOrgName: z.string(),
      deadline: z.string(),
      status: z.enum(PROBLEM_STATUSES),
      notice: z.object({ from: z.string(), to: z.string(), url: z.string() }).nullable(),
    }),
  ),
});
export type PublicRectification = z.infer<typeof PublicRectificationSchema>;

/** The ledger import's query: the batch the rows join, and the shared dry-run / mode switches. */
export const LedgerImportQuerySchema = z.object({
  batchId: IdSchema,
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  mode: z.enum(['valid-rows', 'all-or-nothing']).default('all-or-nothing'),
});

/** A supervision notice (督办通知) is open until the unit replies. */
export const SUPERVISION_NOTICE_STATES = ['open', 'replied'] as const;
export type SupervisionNoticeState = (typeof SUPERVISION_NOTICE_STATES)[number];
/** What happened to a notice, in order: issued, escalated a level, replied (on time or late). */
export const SUPERVISION_NOTICE_EVENTS = ['issued', 'escalated', 'replied', 'replied_late'] as const;

export const SupervisionNoticeSchema = z.object({
  id: z.string(),
  problemId: z.string(),
  batchName: z.string(),
  itemNo: z.string(),
  problem: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** The rectifying unit (整改实施主体) the notice went to, as the problem named it when issued. */
  orgId: z.string(),
  orgName: z.string(),
  reason: z.string(),
  level: z.number().int().describe('Escalation level: 1 提醒 when issued, 2 督办, 3 约谈 (the platform policy)'),
  replyDue: z.string().describe('Last day of the reply, in working days of the platform calendar'),
  dueState: z.enum(['ok', 'due_soon', 'overdue']),
  state: z.enum(SUPERVISION_NOTICE_STATES),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable().describe('An ISO 8601 instant in UTC'),
  repliedBy: z.string().nullable(),
  issuedAt: z.string().describe('An ISO 8601 instant in UTC'),
  issuedBy: z.string(),
  history: z.array(
    z.object({
      at: z.string(),
      event: z.enum(SUPERVISION_NOTICE_EVENTS),
      level: z.number().int(),
      replyDue: z.string(),
    }),
  ),
  /** The caller may reply: the notice is open and its unit lies in the caller's organisation subtree. */
  canReply: z.boolean(),
});
export type SupervisionNotice = z.infer<typeof SupervisionNoticeSchema>;
export const SupervisionNoticeListSchema = listSchema(SupervisionNoticeSchema);

export const SupervisionNoticeQuerySchema = z.object({
  problemId: IdSchema.optional(),
  state: z.enum(SUPERVISION_NOTICE_STATES).optional(),
  /** Only open notices past their reply day. */
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const IssueSupervisionNoticeBodySchema = z.object({
  reason: z.string().trim().min(1).max(2000),
  /** Working days allowed for the reply; the reply day skips weekends and holidays (5, the policy's first level). */
  replyWorkingDays: z.number().int().min(1).max(60).default(5),
});
export type IssueSupervisionNoticeBody = z.infer<typeof IssueSupervisionNoticeBodySchema>;
export const ReplySupervisionNoticeBodySchema = z.object({ reply: z.string().trim().min(1).max(4000) });
export const EscalationResultSchema = z.object({ escalated: z.number().int() });
