import { z } from 'zod';
import { IsoDateSchema } from './deadlines';

/** Work plan permissions (granted to roles by migration 0003). */
export const WORKPLAN_PERMISSIONS = [
  'workplan:read',
  'workplan:write',
  'workplan:report',
  'workplan:supervise',
  'workplan:approve',
  'workplan:admin',
] as const;
export type WorkplanPermission = (typeof WORKPLAN_PERMISSIONS)[number];

export const ITEM_KINDS = ['section', 'task', 'measure'] as const;
export const ITEM_STATUSES = ['not_started', 'on_track', 'at_risk', 'overdue', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** at_least: value ≥ target; at_most: value ≤ target; reach: a level or count to hit (≥ target); eliminate: down to 0. */
export const INDICATOR_DIRECTIONS = ['at_least', 'at_most', 'reach', 'eliminate'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
export const UNIT_ROLES = ['lead', 'co'] as const;
/**
 * Where a proposed deadline comes from: the sentence itself (`text`), the item above it (`inherited`:
 * a measure of a task due 5 June is due then too), or nowhere (`default`: the plan year's 31 December).
 */
export const DEADLINE_SOURCES = ['text', 'inherited', 'default'] as const;
export type DeadlineSource = (typeof DEADLINE_SOURCES)[number];
/** A stored deadline's source: the importer's three, or `manual` once a person set or confirmed it. */
export const STORED_DEADLINE_SOURCES = [...DEADLINE_SOURCES, 'manual'] as const;
export type StoredDeadlineSource = (typeof STORED_DEADLINE_SOURCES)[number];

export const MilestoneSchema = z.object({
  date: IsoDateSchema,
  title: z.string().max(200),
  percent: z.number().int().min(0).max(100).describe('Progress the milestone stands for, percent 0–100'),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const IndicatorInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  unit: z.string().max(40).default('').describe('Unit of baseline, target and values (µg/m³, %, km …), free text'),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number().nullable().optional().describe('Starting value, in `unit`'),
  target: z.number().describe('Value to reach, in `unit`'),
  deadline: IsoDateSchema.nullable().optional(),
  source: z.enum(['manual', 'live']).default('manual'),
  metricKey: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe('Live indicators: the published metric read for the latest value'),
  metricParams: z.record(z.string(), z.string()).optional(),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

export const IndicatorSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  name: z.string(),
  unit: z.string().describe('Unit of baseline, target and values, free text'),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number().nullable().describe('Starting value, in `unit`'),
  target: z.number().describe('Value to reach, in `unit`'),
  deadline: z.string().nullable().describe('A calendar date in Asia/Shanghai, YYYY-MM-DD'),
  /** Where the deadline comes from (the importer's reading, or `manual`); null when not known. */
  deadlineSource: z.enum(STORED_DEADLINE_SOURCES).nullable().optional(),
  source: z.enum(['manual', 'live']),
  metricKey: z.string().nullable(),
  metricParams: z.record(z.string(), z.string()),
  /** Latest value: the last reported one (manual) or the metric's reading (live); null = no data. */
  latest: z
    .object({
      value: z.number().nullable().describe('In `unit`'),
      asOf: z.string().nullable().describe('When the value holds: a date YYYY-MM-DD or an ISO 8601 instant in UTC'),
      note: z.string().nullable(),
    })
    .optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ItemUnitSchema = z.object({ orgId: z.string(), orgName: z.string(), role: z.enum(UNIT_ROLES) });

export const ItemInputSchema = z.object({
  parentId: z.string().nullable().optional(),
  kind: z.enum(ITEM_KINDS).default('task'),
  number: z.string().max(20).default(''),
  title: z.string().trim().min(1).max(500),
  text: z.string().max(20000).default(''),
  leadUnitIds: z.array(z.string()).default([]),
  coUnitIds: z.array(z.string()).default([]),
  regionCodes: z
    .array(z.string().regex(/^\d{6}$/))
    .default([])
    .describe('Regions the item concerns: GB/T 2260 codes, 6 digits'),
  tags: z.array(z.string().max(40)).default([]),
  startDate: IsoDateSchema.nullable().optional(),
  deadline: IsoDateSchema.nullable().optional(),
  milestones: z.array(MilestoneSchema).default([]),
  indicators: z.array(IndicatorInputSchema).default([]),
});
export type ItemInput = z.infer<typeof ItemInputSchema>;

/** Changes to an item after import: only the fields sent change (units and regions replace the lists). */
export const UpdateItemBodySchema = z
  .object({
    kind: z.enum(ITEM_KINDS),
    number: z.string().max(20),
    title: z.string().trim().min(1).max(500),
    text: z.string().max(20000),
    leadUnitIds: z.array(z.string()).max(50),
    coUnitIds: z.array(z.string()).max(50),
    regionCodes: z
      .array(z.string().regex(/^\d{6}$/))
      .max(200)
      .describe('GB/T 2260 codes, 6 digits'),
    tags: z.array(z.string().max(40)).max(20),
    startDate: IsoDateSchema.nullable(),
    deadline: IsoDateSchema.nullable(),
    milestones: z.array(MilestoneSchema).max(24),
  })
  .partial();
export type UpdateItemBody = z.infer<typeof UpdateItemBodySchema>;
/** Moves an item under another parent of its plan (null: to the top level), at a position among its new siblings (default last). */
export const MoveItemBodySchema = z.object({
  parentId: z.string().min(1).max(64).nullable(),
  position: z.number().int().min(0).max(100000).optional(),
});
export type MoveItemBody = z.infer<typeof MoveItemBodySchema>;
/** One part of a split item: its own title, and optionally its text, deadline and lead units (else the item's). */
export const SplitPartSchema = z.object({
  title: z.string().trim().min(1).max(500),
  text: z.string().max(20000).optional(),
  deadline: IsoDateSchema.nullable().optional(),
  leadUnitIds: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
});
/** Splits an item into sibling items at its place; the first part keeps the item (its id, reports, indicators, children). */
export const SplitItemBodySchema = z.object({ parts: z.array(SplitPartSchema).min(2).max(20) });
export type SplitItemBody = z.infer<typeof SplitItemBodySchema>;
/** Merges siblings (same plan, same parent) into the item: they are folded into it and deleted. */
export const MergeItemsBodySchema = z.object({ otherIds: z.array(z.string().min(1).max(64)).min(1).max(50) });
export type MergeItemsBody = z.infer<typeof MergeItemsBodySchema>;
/** Changes to an indicator: only the fields sent change. */
export const UpdateIndicatorBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    unit: z.string().max(40),
    direction: z.enum(INDICATOR_DIRECTIONS),
    baseline: z.number().nullable(),
    target: z.number(),
    deadline: IsoDateSchema.nullable(),
    source: z.enum(['manual', 'live']),
    metricKey: z.string().max(100).nullable(),
    metricParams: z.record(z.string(), z.string()),
  })
  .partial();
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorBodySchema>;
/** Assigns lead units and/or a deadline to many items at once (at least one of the two). */
export const BulkAssignBodySchema = z
  .object({
    itemIds: z.array(z.string().min(1).max(64)).min(1).max(1000),
    leadUnitIds: z.array(z.string()).min(1).max(50).optional(),
    deadline: IsoDateSchema.nullable().optional(),
  })
  .refine((b) => b.leadUnitIds !== undefined || b.deadline !== undefined, {
    message: 'send leadUnitIds, deadline or both',
    path: ['leadUnitIds'],
  });
export type BulkAssignBody = z.infer<typeof BulkAssignBodySchema>;

/** Why an item has its status: a code with its parameters, which the web puts into words. */
export const STATUS_REASON_CODES = [
  'marked_done',
  'deadline_passed',
  'milestone_missed',
  'starts_later',
  'no_report_expected',
  'behind_expected',
  'report_stale',
  'indicators_behind',
  'no_report',
  'rolled_up',
] as const;
export type StatusReasonCode = (typeof STATUS_REASON_CODES)[number];
export const StatusReasonSchema = z.object({
  code: z.enum(STATUS_REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type StatusReason = z.infer<typeof StatusReasonSchema>;

export const ItemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  parentId: z.string().nullable(),
  rootId: z.string(),
  kind: z.enum(ITEM_KINDS),
  level: z.number().int(),
  number: z.string(),
  title: z.string(),
  text: z.string(),
  position: z.number().int(),
  tags: z.array(z.string()),
  units: z.array(ItemUnitSchema),
  regionCodes: z.array(z.string()).describe('GB/T 2260 region codes, 6 digits'),
  startDate: z.string().nullable().describe('A calendar date in Asia/Shanghai, YYYY-MM-DD'),
  deadline: z.string().nullable().describe('A calendar date in Asia/Shanghai, YYYY-MM-DD'),
  /** Where the deadline comes from: `default` (the plan year's end, nothing written) asks for a check; null when not known. */
  deadlineSource: z.enum(STORED_DEADLINE_SOURCES).nullable().optional(),
  milestones: z.array(MilestoneSchema),
  doneAt: z.string().nullable().describe('An ISO 8601 instant in UTC; null while open'),
  status: z.enum(ITEM_STATUSES),
  statusReasons: z.array(z.string()),
  /** The same reasons as codes with parameters (statusReasons is their English wording, for API clients). */
  statusReasonCodes: z.array(StatusReasonSchema).optional(),
  lastPercent: z.number().nullable().describe('Progress in the latest report, percent 0–100'),
  indicators: z.array(IndicatorSchema),
  /** True for a parent shown only for context: it is not itself in the caller's reach (its status rolls up from what is). */
  context: z.boolean().optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const AssessmentWeightsSchema = z.object({
  completion: z.number().min(0).max(100).describe('Weight of completion in the assessment score, percent 0–100'),
  timeliness: z.number().min(0).max(100).describe('Weight of timeliness, percent 0–100'),
  attainment: z.number().min(0).max(100).describe('Weight of indicator attainment, percent 0–100'),
});
export type AssessmentWeights = z.infer<typeof AssessmentWeightsSchema>;

export const PlanSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  orgId: z.string(),
  title: z.string(),
  weights: AssessmentWeightsSchema,
  createdAt: z.string().describe('An ISO 8601 instant in UTC'),
});
export type Plan = z.infer<typeof PlanSchema>;
export const CreatePlanBodySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  orgId: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  weights: AssessmentWeightsSchema.optional(),
});
export const UpdatePlanBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  weights: AssessmentWeightsSchema.optional(),
});

/** What a proposed target reads: a value (率/浓度 …), a reduction, a count (4个县), an elimination, a completion (完成/印发 …). */
export const PROPOSED_TARGET_KINDS = ['value', 'reduction', 'count', 'eliminate', 'completion'] as const;
/** Module tags the importer proposes (its vocabulary; the web names them). */
export const WORKPLAN_TAGS = [
  'air',
  'water',
  'marine',
  'soil',
  'waste',
  'climate',
  'enforcement',
  'supervision',
  'radiation',
  'monitoring',
  'ecology',
  'emergency',
  'permits',
  'complaints',
  'credit',
] as const;
export type WorkplanTag = (typeof WORKPLAN_TAGS)[number];

/** One node of an import proposal: what the parser read, for a person to review before saving. */
export type ProposedIndicator = {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  target: number;
  deadline: string;
  deadlineSource?: DeadlineSource | undefined;
  kind?: (typeof PROPOSED_TARGET_KINDS)[number] | undefined;
  sentence: string;
};
export type ProposedItem = {
  level: number;
  kind: (typeof ITEM_KINDS)[number];
  number: string;
  title: string;
  text: string;
  tags: string[];
  regions: string[];
  units: string[];
  deadline: string | null;
  deadlineSource?: DeadlineSource | undefined;
  indicators: ProposedIndicator[];
  children: ProposedItem[];
};
export const ProposedIndicatorSchema = z.object({
  name: z.string().min(1),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  target: z.number(),
  deadline: IsoDateSchema,
  deadlineSource: z.enum(DEADLINE_SOURCES).optional(),
  kind: z.enum(PROPOSED_TARGET_KINDS).optional(),
  sentence: z.string(),
});
export const ProposedItemSchema: z.ZodType<ProposedItem> = z.lazy(() =>
  z.object({
    level: z.number().int().min(1).max(6),
    kind: z.enum(ITEM_KINDS),
    number: z.string().max(20),
    title: z.string().min(1).max(500),
    text: z.string().max(20000),
    tags: z.array(z.string()),
    regions: z.array(z.string()),
    units: z.array(z.string()),
    deadline: IsoDateSchema.nullable(),
    deadlineSource: z.enum(DEADLINE_SOURCES).optional(),
    indicators: z.array(ProposedIndicatorSchema),
    children: z.array(ProposedItemSchema),
  }),
);
/** What the plan parser could not find in a text; the web words them (`warnings` is their English wording). */
export const PLAN_WARNING_CODES = ['no_year', 'no_headings'] as const;
export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];
export const PlanProposalSchema = z.object({
  title: z.string(),
  year: z.number().int(),
  preamble: z.string(),
  items: z.array(ProposedItemSchema),
  warnings: z.array(z.string()),
  warningCodes: z.array(z.enum(PLAN_WARNING_CODES)).optional(),
  counts: z.object({ items: z.number().int(), indicators: z.number().int() }),
});
export type PlanProposal = z.infer<typeof PlanProposalSchema>;
export const ImportPreviewBodySchema = z.object({
  text: z.string().min(1).max(2_000_000),
  year: z.number().int().min(2000).max(2100).optional(),
});
export const ImportProposalBodySchema = z.object({
  items: z.array(ProposedItemSchema).min(1).max(2000),
  replace: z.boolean().default(false),
});

export const ReportValueSchema = z.object({
  indicatorId: z.string(),
  value: z.number().describe("The indicator's value, in its `unit`"),
});
export const AttachmentInputSchema = z.object({
  filename: z.string().trim().min(1).max(200),
  contentType: z.string().max(100).default('application/octet-stream'),
  /** Base64 content; at most 5 MB once decoded. */
  contentBase64: z.string().max(7_000_000),
});
export const SubmitReportBodySchema = z.object({
  roundId: z.string().min(1),
  unitId: z.string().optional(),
  text: z.string().trim().min(1).max(20000),
  percent: z.number().int().min(0).max(100).describe('Progress of the item, percent 0–100'),
  values: z.array(ReportValueSchema).default([]),
  attachments: z.array(AttachmentInputSchema).max(10).default([]),
});
export const ReportSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  roundLabel: z.string(),
  itemId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  text: z.string(),
  percent: z.number().int().describe('Progress of the item, percent 0–100'),
  values: z.array(ReportValueSchema),
  isLate: z.boolean(),
  reviewState: z.enum(['submitted', 'approved', 'returned']),
  reviewComment: z.string().nullable(),
  submittedAt: z.string().describe('An ISO 8601 instant in UTC'),
  submittedBy: z.string(),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      contentType: z.string(),
      size: z.number().int().describe('Bytes'),
    }),
  ),
  comments: z.array(z.object({ author: z.string(), text: z.string(), at: z.string() })),
});
export type Report = z.infer<typeof ReportSchema>;
export const ReviewReportBodySchema = z.object({
  decision: z.enum(['approve', 'return', 'comment']),
  comment: z.string().trim().max(2000).default(''),
});

export const RoundSchema = z.object({
  id: z.string(),
  planId: z.string(),
  label: z.string(),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  dueDate: IsoDateSchema,
});
export const CreateRoundsBodySchema = z.object({
  /** Monthly rounds for the plan year: each month's report is due on `dueDay` of the next month (moved to a working day). */
  frequency: z.literal('monthly'),
  dueDay: z
    .number()
    .int()
    .min(1)
    .max(28)
    .default(5)
    .describe('Day of the next month the report is due (moved to a working day)'),
});

export const NoticeSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  reason: z.string(),
  level: z.number().int().describe('Escalation level: 1 when issued, +1 per escalation'),
  replyDue: IsoDateSchema,
  dueState: z.enum(['ok', 'due_soon', 'overdue']),
  state: z.enum(['open', 'replied', 'closed']),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable().describe('An ISO 8601 instant in UTC'),
  issuedAt: z.string().describe('An ISO 8601 instant in UTC'),
  history: z.array(z.object({ at: z.string(), level: z.number().int(), replyDue: z.string(), event: z.string() })),
});
export type Notice = z.infer<typeof NoticeSchema>;
export const IssueNoticeBodySchema = z.object({
  reason: z.string().trim().min(1).max(2000),
  unitId: z.string().optional(),
  /** Working days allowed for the reply; the due date skips weekends and holidays. */
  replyWorkingDays: z.number().int().min(1).max(60).default(5),
});
export const ReplyNoticeBodySchema = z.object({ reply: z.string().trim().min(1).max(20000) });

/** An indicator as a board card shows it: its latest value against its target. */
export const BoardIndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  target: z.number(),
  value: z.number().nullable(),
  track: z.enum(['attained', 'on_track', 'behind', 'no_data']),
});
/**
 * One card of the board, with what it shows: progress (a task's last reported percent, a section's
 * mean over its tasks), lead units, the next date due, indicators against target, the tasks below.
 */
export const BoardCardSchema = z.object({
  itemId: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(ITEM_KINDS),
  status: z.enum(ITEM_STATUSES),
  /** a heading shown only because an item below it is in the caller's reach */
  context: z.boolean(),
  progress: z.number().nullable(),
  leadUnits: z.array(z.string()),
  /** the earliest deadline or milestone not yet past of the undone items of the card; else the last one passed (overdue) */
  nextDeadline: z.string().nullable(),
  /** at most three, the card's own first */
  indicators: z.array(BoardIndicatorSchema),
  /** a section's tasks in the caller's reach, at most four, and how many there are */
  tasks: z.array(z.object({ itemId: z.string(), title: z.string(), status: z.enum(ITEM_STATUSES) })),
  taskCount: z.number().int(),
});
export const BoardRowSchema = z.object({
  itemId: z.string(),
  number: z.string(),
  title: z.string(),
  total: z.number().int(),
  counts: z.record(z.enum(ITEM_STATUSES), z.number().int()),
  /** the cards of the row (`total` of them), so the board takes one request */
  cards: z.array(BoardCardSchema),
});
export const UnitDutySchema = z.object({
  itemId: z.string(),
  title: z.string(),
  role: z.enum(UNIT_ROLES),
  status: z.enum(ITEM_STATUSES),
  deadline: z.string().nullable(),
  nextDue: z.string().nullable(),
  dueState: z.enum(['ok', 'due_soon', 'overdue']).nullable(),
});
export const ReminderSchema = z.object({
  roundId: z.string(),
  roundLabel: z.string(),
  dueDate: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  dueState: z.enum(['ok', 'due_soon', 'overdue']),
});
export const SeriesSchema = z.object({
  indicator: IndicatorSchema,
  points: z.array(
    z.object({ date: z.string(), value: z.number(), expected: z.number().nullable(), unitName: z.string() }),
  ),
});
export const AssessmentRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  items: z.number().int(),
  completion: z.number(),
  timeliness: z.number(),
  attainment: z.number(),
  score: z.number(),
});
export const ItemListQuerySchema = z.object({
  parentId: z.string().optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  tag: z.string().optional(),
});
export const PlanItemParamsSchema = z.object({ id: z.string().min(1).max(64) });

// Request inputs as a client sends them (`z.input`), and as the server's service receives them once parsed.
export type SubmitReportInput = z.input<typeof SubmitReportBodySchema>;
export type SubmitReportBody = z.output<typeof SubmitReportBodySchema>;
export type ItemListQuery = z.input<typeof ItemListQuerySchema>;
