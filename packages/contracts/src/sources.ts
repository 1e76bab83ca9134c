import { z } from 'zod';
import { IdSchema, listSchema, pageQuerySchema, patchSchemaOf, RegionCodeSchema } from './common';
import { DUE_STATES } from './deadlines';

/** The pollution-source register: enterprises (排污单位), outlets, permits, their clocks and execution reports. */
export const SOURCES_PERMISSIONS = [
  'sources:read',
  'sources:write',
  'sources:import',
  /** Submit execution reports: the enterprise for its own units, staff for any in scope. */
  'sources:report',
] as const;
export type SourcesPermission = (typeof SOURCES_PERMISSIONS)[number];

/** 重点管理 / 简化管理 / 登记管理 (排污许可管理条例 §2, §24). */
export const MANAGEMENT_CATEGORIES = ['key', 'simplified', 'registration'] as const;
export type ManagementCategory = (typeof MANAGEMENT_CATEGORIES)[number];
/** The types of the year's key discharge unit list (重点排污单位名录). */
export const KEY_LIST_TYPES = ['water', 'air', 'soil', 'noise', 'risk'] as const;
export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'closed'] as const;
/** 废气 / 废水. */
export const OUTLET_KINDS = ['gas', 'water'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];
/** 排污许可证 / 排污登记表. */
export const PERMIT_KINDS = ['permit', 'registration'] as const;
/** What the register stores; whether a valid permit is in its renewal window or expired is derived by date. */
export const PERMIT_STATUSES = ['valid', 'revoked', 'cancelled', 'withdrawn'] as const;
/** A permit on a given day: the stored status and its dates read together. */
export const PERMIT_STATES = [
  'not_yet_valid',
  'valid',
  'renewal_window',
  'expired',
  'revoked',
  'cancelled',
  'withdrawn',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];
/** An enterprise's permit situation for the list filter: `none` has no permit or registration at all. */
export const PERMIT_SITUATIONS = ['valid', 'renewal_window', 'expired', 'none'] as const;
export const PERMIT_EVENT_KINDS = [
  'applied',
  'correction_notice',
  'accepted',
  'site_check',
  'granted',
  'change_event',
  'change_filed',
  'changed',
  'renewal_filed',
  'renewed',
  'revoked',
  'cancelled',
  'withdrawn',
] as const;
export type PermitEventKind = (typeof PERMIT_EVENT_KINDS)[number];
export const LIMIT_TYPES = ['concentration', 'amount'] as const;
export const REPORT_FREQUENCIES = ['annual', 'semiannual', 'quarterly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
/** What falls due on a permit: its clocks (条例 §9, §12, §14, §24) and its execution reports (§22). */
export const DUE_KINDS = [
  'correction_notice',
  'decision',
  'renewal_application',
  'renewal_review',
  'change_application',
  'registration_update',
  'execution_report',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];
export const DAY_KINDS = ['calendar', 'working'] as const;

const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .describe('A calendar date in China (Asia/Shanghai), YYYY-MM-DD');
const LonSchema = z.number().min(-180).max(180).nullable().describe('Longitude, WGS-84 degrees');
const LatSchema = z.number().min(-90).max(90).nullable().describe('Latitude, WGS-84 degrees');

export const UsccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'USCC_FORMAT')
  .describe('Unified social credit code, GB 32100-2015: 18 characters; the check character is verified by the server');

export const ContactSchema = z.object({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).default('').describe('e.g. 环保负责人'),
  phone: z.string().trim().max(30).default(''),
});

export const EnterpriseSchema = z.object({
  id: IdSchema,
  uscc: z.string(),
  name: z.string(),
  industryCode: z.string().describe('GB/T 4754-2017 code from the industry dictionaries'),
  industryLabel: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string(),
  lon: LonSchema,
  lat: LatSchema,
  category: z.enum(MANAGEMENT_CATEGORIES),
  keyListYear: z.number().int().nullable().describe('The year of the key discharge unit list it is on, if any'),
  keyListTypes: z.array(z.enum(KEY_LIST_TYPES)),
  legalRepresentative: z.string(),
  contacts: z.array(ContactSchema),
  status: z.enum(ENTERPRISE_STATUSES),
  regulatorOrgId: IdSchema.describe('The regulating unit (a city or county bureau): data scope follows it'),
  regulatorOrgName: z.string().nullable(),
  enterpriseOrgId: IdSchema.nullable().describe("The enterprise's own organisation, when it has accounts"),
  permitSituation: z.enum(PERMIT_SITUATIONS).describe('Of its latest permit or registration, today'),
  permitValidTo: DateSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;

export const EnterpriseListQuerySchema = pageQuerySchema([
  'name',
  'uscc',
  'regionCode',
  'permitValidTo',
] as const).extend({
  q: z.string().trim().max(100).optional().describe('Part of the name or the credit code'),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional()
    .describe('A region; its subregions match too'),
  industryCode: z.string().max(10).optional().describe('An industry code; finer codes beneath it match too'),
  category: z.enum(MANAGEMENT_CATEGORIES).optional(),
  keyList: z.enum(KEY_LIST_TYPES).optional().describe('On the key discharge unit list for this type'),
  permitSituation: z.enum(PERMIT_SITUATIONS).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('csv/xlsx: the whole filtered list as a download'),
});

export const CreateEnterpriseBodySchema = z.object({
  uscc: UsccSchema,
  name: z.string().trim().min(1).max(200),
  industryCode: z.string().trim().min(1).max(10),
  regionCode: RegionCodeSchema,
  address: z.string().trim().max(300).default(''),
  lon: LonSchema.default(null),
  lat: LatSchema.default(null),
  category: z.enum(MANAGEMENT_CATEGORIES),
  keyListYear: z.number().int().min(2000).max(2100).nullable().default(null),
  keyListTypes: z.array(z.enum(KEY_LIST_TYPES)).max(5).default([]),
  legalRepresentative: z.string().trim().max(50).default(''),
  contacts: z.array(ContactSchema).max(20).default([]),
  status: z.enum(ENTERPRISE_STATUSES).default('operating'),
  regulatorOrgId: IdSchema.optional().describe('Defaults to the organisation that covers the region'),
  enterpriseOrgId: IdSchema.nullable().default(null),
});
export const UpdateEnterpriseBodySchema = patchSchemaOf(CreateEnterpriseBodySchema.omit({ uscc: true }));

export const OxygenReferenceSchema = z.object({
  percent: z.number().describe('Reference oxygen content, % by volume'),
  verified: z.boolean().describe('false: the figure is not confirmed against the standard and can be changed'),
  source: z.string(),
});

export const OutletSchema = z.object({
  id: IdSchema,
  enterpriseId: IdSchema,
  code: z.string().describe('As the permit writes it: DA001 (air), DW001 (water)'),
  name: z.string(),
  kind: z.enum(OUTLET_KINDS),
  isMain: z.boolean().describe('主要排放口 (true) or 一般排放口'),
  lon: LonSchema,
  lat: LatSchema,
  standard: z.string().describe('The discharge standard that applies, e.g. GB 13271-2014'),
  sourceType: z.string().nullable().describe('The source type of that standard (air): picks the reference oxygen'),
  oxygenReference: OxygenReferenceSchema.nullable().describe('From packages/standards, never typed in'),
  deviceMns: z.array(z.string()).describe('HJ 212 loggers (MN) that report for this outlet'),
  stationIds: z.array(IdSchema).describe('The monitoring stations of those loggers'),
  status: z.enum(['active', 'closed']),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const CreateOutletBodySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}\d{3,4}$/, 'like DA001 or DW001'),
  name: z.string().trim().min(1).max(100),
  kind: z.enum(OUTLET_KINDS),
  isMain: z.boolean().default(false),
  lon: LonSchema.default(null),
  lat: LatSchema.default(null),
  standard: z.string().trim().max(60).default(''),
  sourceType: z.string().trim().max(60).nullable().default(null),
  deviceMns: z.array(z.string().trim().min(1).max(64)).max(10).default([]),
  status: z.enum(['active', 'closed']).default('active'),
});
export const UpdateOutletBodySchema = patchSchemaOf(CreateOutletBodySchema.omit({ code: true }));

export const PermitLimitSchema = z.object({
  id: IdSchema,
  outletId: IdSchema,
  outletCode: z.string(),
  pollutant: z.string().describe('Pollutant code of the pollutant dictionary (so2, nox, cod, nh3n …)'),
  limitType: z.enum(LIMIT_TYPES),
  value: z.number().describe('concentration: in `unit`; amount: t/a'),
  unit: z.string().describe('mg/m³, mg/L, t/a …'),
  averagingPeriod: z.string().describe('小时均值, 日均值 …; empty for amounts'),
  specialPeriod: z.string().nullable().describe('A special-period limit (e.g. 重污染天气); null for the normal limit'),
});
export type PermitLimit = z.infer<typeof PermitLimitSchema>;

export const PermitLimitInputSchema = z.object({
  outletCode: z.string().trim().toUpperCase().min(1).max(10),
  pollutant: z.string().trim().min(1).max(40),
  limitType: z.enum(LIMIT_TYPES).default('concentration'),
  value: z.number().positive().max(1e9),
  unit: z.string().trim().min(1).max(20),
  averagingPeriod: z.string().trim().max(20).default(''),
  specialPeriod: z.string().trim().max(60).nullable().default(null),
});

export const PermitSchema = z.object({
  id: IdSchema,
  enterpriseId: IdSchema,
  permitNo: z.string(),
  kind: z.enum(PERMIT_KINDS),
  category: z.enum(MANAGEMENT_CATEGORIES),
  issuer: z.string(),
  validFrom: DateSchema,
  validTo: DateSchema,
  status: z.enum(PERMIT_STATUSES),
  state: z.enum(PERMIT_STATES).describe('Today, from status and dates'),
  reportFrequencies: z.array(z.enum(REPORT_FREQUENCIES)),
  limits: z.array(PermitLimitSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Permit = z.infer<typeof PermitSchema>;

export const CreatePermitBodySchema = z
  .object({
    permitNo: z.string().trim().min(1).max(60),
    kind: z.enum(PERMIT_KINDS).default('permit'),
    category: z.enum(MANAGEMENT_CATEGORIES),
    issuer: z.string().trim().max(100).default(''),
    validFrom: DateSchema,
    validTo: DateSchema,
    reportFrequencies: z.array(z.enum(REPORT_FREQUENCIES)).max(4).default(['annual']),
    limits: z.array(PermitLimitInputSchema).max(500).default([]),
  })
  .refine((p) => p.validTo > p.validFrom, { path: ['validTo'], message: 'VALID_TO_BEFORE_FROM' });
export const UpdatePermitBodySchema = z.object({
  issuer: z.string().trim().max(100).optional(),
  reportFrequencies: z.array(z.enum(REPORT_FREQUENCIES)).max(4).optional(),
  limits: z.array(PermitLimitInputSchema).max(500).optional().describe('Replaces every limit of the permit'),
});

export const DocumentRefSchema = z.object({ id: IdSchema, filename: z.string(), size: z.number().int() });
export const DocumentInputSchema = z.object({
  filename: z.string().trim().min(1).max(200),
  contentType: z.string().max(100).default('application/octet-stream'),
  contentBase64: z.string().max(7_000_000).describe('At most about 5 MB'),
});

export const PermitEventSchema = z.object({
  id: IdSchema,
  permitId: IdSchema,
  kind: z.enum(PERMIT_EVENT_KINDS),
  eventDate: DateSchema,
  note: z.string(),
  newValidTo: DateSchema.nullable().describe('renewed: the new expiry'),
  documents: z.array(DocumentRefSchema),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type PermitEvent = z.infer<typeof PermitEventSchema>;

export const RecordPermitEventBodySchema = z.object({
  kind: z.enum(PERMIT_EVENT_KINDS),
  eventDate: DateSchema,
  note: z.string().trim().max(2000).default(''),
  newValidTo: DateSchema.optional().describe('Required for `renewed`: the renewed permit runs to this date'),
  onSiteCheck: z.boolean().optional().describe('accepted, key category: 45 days instead of 30'),
  documents: z.array(DocumentInputSchema).max(10).default([]),
});

export const DueRuleSchema = z.object({
  code: z.string(),
  citation: z.string().describe('The clause, e.g. 排污许可管理条例 第十四条'),
  days: z.number().int(),
  dayKind: z.enum(DAY_KINDS),
});

export const DueItemSchema = z.object({
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  uscc: z.string(),
  permitId: IdSchema,
  permitNo: z.string(),
  kind: z.enum(DUE_KINDS),
  dueDate: DateSchema,
  daysLeft: z.number().int().describe('From the asked day; negative when overdue'),
  state: z.enum(DUE_STATES),
  periodKey: z.string().nullable().describe('execution_report: 2025, 2025H1, 2025Q3, 2025-07'),
  rule: DueRuleSchema,
  permitState: z
    .enum(PERMIT_STATES)
    .describe('The permit on the asked day: expired, revoked, cancelled or withdrawn means 无证排污 risk'),
});
export type DueItem = z.infer<typeof DueItemSchema>;

export const DueQuerySchema = z.object({
  on: DateSchema.optional().describe('The day to look from; today by default'),
  within: z.coerce.number().int().min(0).max(3660).default(90).describe('Days ahead'),
  overdue: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Include overdue items'),
  enterpriseId: IdSchema.optional(),
});

export const EXECUTION_REPORT_STATES = ['not_due', 'pending', 'on_time', 'late', 'missing', 'folded'] as const;
export const ExecutionReportSchema = z.object({
  id: IdSchema.nullable().describe('null while nothing is submitted'),
  permitId: IdSchema,
  permitNo: z.string(),
  enterpriseId: IdSchema,
  enterpriseName: z.string(),
  frequency: z.enum(REPORT_FREQUENCIES),
  periodKey: z.string(),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  dueDate: DateSchema,
  submittedAt: z.string().nullable(),
  state: z.enum(EXECUTION_REPORT_STATES),
  foldedInto: z.string().nullable(),
  summary: z.string(),
});
export type ExecutionReport = z.infer<typeof ExecutionReportSchema>;

export const ExecutionReportQuerySchema = z.object({
  on: DateSchema.optional(),
  state: z.enum(EXECUTION_REPORT_STATES).optional(),
  enterpriseId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const SubmitExecutionReportBodySchema = z.object({
  permitId: IdSchema,
  frequency: z.enum(REPORT_FREQUENCIES),
  periodKey: z.string().regex(/^\d{4}(H[12]|Q[1-4]|-\d{2})?$/),
  summary: z.string().trim().max(5000).default(''),
  submittedOn: DateSchema.optional().describe('Staff entering a paper report: the day it was received'),
});

/** A Ministry notice moving a report deadline (e.g. the 2023 annual report to 2024-02-29). */
export const ReportDeadlineOverrideSchema = z.object({
  id: IdSchema,
  frequency: z.enum(REPORT_FREQUENCIES),
  periodKey: z.string(),
  dueDate: DateSchema,
  note: z.string(),
});
export const CreateReportDeadlineOverrideBodySchema = ReportDeadlineOverrideSchema.omit({ id: true }).extend({
  note: z.string().trim().max(300).default(''),
  periodKey: z.string().regex(/^\d{4}(H[12]|Q[1-4]|-\d{2})?$/),
});

/** The one page per enterprise (一企一档). */
export const EnterpriseFileSchema = z.object({
  enterprise: EnterpriseSchema,
  outlets: z.array(OutletSchema),
  permits: z.array(PermitSchema),
  events: z.array(PermitEventSchema),
  due: z.array(DueItemSchema),
  reports: z.array(ExecutionReportSchema),
});

/** What the law makes public (条例 §23): the public page the QR code (一企一码) opens. */
export const PublicEnterpriseSchema = z.object({
  uscc: z.string(),
  name: z.string(),
  industryLabel: z.string().nullable(),
  regionName: z.string().nullable(),
  address: z.string(),
  category: z.enum(MANAGEMENT_CATEGORIES),
  permits: z.array(
    PermitSchema.pick({
      permitNo: true,
      kind: true,
      category: true,
      issuer: true,
      validFrom: true,
      validTo: true,
      state: true,
    }).extend({
      limits: z.array(PermitLimitSchema.omit({ id: true, outletId: true })),
    }),
  ),
  outlets: z.array(OutletSchema.pick({ code: true, name: true, kind: true, isMain: true, standard: true })),
  reports: z.array(ExecutionReportSchema.pick({ frequency: true, periodKey: true, submittedAt: true, state: true })),
});

export const EnterpriseListSchema = listSchema(EnterpriseSchema);

export type EnterpriseInput = z.input<typeof CreateEnterpriseBodySchema>;
export type EnterpriseUpdateInput = z.input<typeof UpdateEnterpriseBodySchema>;
export type EnterpriseListQuery = z.input<typeof EnterpriseListQuerySchema>;
export type OutletInput = z.input<typeof CreateOutletBodySchema>;
export type OutletUpdateInput = z.input<typeof UpdateOutletBodySchema>;
export type PermitInput = z.input<typeof CreatePermitBodySchema>;
export type PermitUpdateInput = z.input<typeof UpdatePermitBodySchema>;
export type PermitEventInput = z.input<typeof RecordPermitEventBodySchema>;
export type ExecutionReportInput = z.input<typeof SubmitExecutionReportBodySchema>;
export type DueQuery = z.input<typeof DueQuerySchema>;
export type EnterpriseFile = z.infer<typeof EnterpriseFileSchema>;
export type PublicEnterprise = z.infer<typeof PublicEnterpriseSchema>;

/** The permit clocks as data (⚠: the day kinds and the roll-forward are a jurisdiction's choice, an admin's setting). */
export const CLOCK_RULE_CODES = [
  'PERMIT_CORRECTION_NOTICE',
  'PERMIT_DECISION_SIMPLIFIED',
  'PERMIT_DECISION_KEY',
  'PERMIT_DECISION_KEY_SITE_CHECK',
  'PERMIT_RENEWAL_APPLICATION',
  'PERMIT_RENEWAL_REVIEW',
  'PERMIT_CHANGE_APPLICATION',
  'REGISTRATION_FORM_UPDATE',
] as const;
export const ClockRuleSchema = z.object({
  code: z.enum(CLOCK_RULE_CODES),
  kind: z.enum(DUE_KINDS),
  citation: z.string(),
  text: z.string().describe("The regulation's own words"),
  days: z.number().int().describe('In force: the stored value, else the default'),
  dayKind: z.enum(DAY_KINDS),
  direction: z.enum(['after', 'before']).describe('after: counts from an event; before: a deadline ahead of expiry'),
  party: z.enum(['authority', 'unit']).describe('Who must act by the due date'),
  defaultDays: z.number().int(),
  defaultDayKind: z.enum(DAY_KINDS),
});
export const ClockRulesSchema = z.object({
  rules: z.array(ClockRuleSchema),
  rollRestDayForward: z
    .boolean()
    .describe(
      'A forward calendar period ending on a rest day ends on the next working day (never a "before" deadline)',
    ),
  dueSoonDays: z.number().int().describe('Calendar days ahead in which an item shows as due soon'),
  updatedAt: z.string().nullable().describe('null while the defaults apply'),
});
export type ClockRules = z.infer<typeof ClockRulesSchema>;
export const UpdateClockRulesBodySchema = z
  .object({
    rules: z
      .array(
        z.object({
          code: z.enum(CLOCK_RULE_CODES),
          days: z.number().int().min(0).max(365),
          dayKind: z.enum(DAY_KINDS),
        }),
      )
      .max(CLOCK_RULE_CODES.length)
      .default([])
      .describe('Rules not listed keep their current values'),
    rollRestDayForward: z.boolean().optional(),
    dueSoonDays: z.number().int().min(0).max(365).optional(),
  })
  .refine((b) => b.rules.length > 0 || b.rollRestDayForward !== undefined || b.dueSoonDays !== undefined, {
    message: 'nothing to change',
    path: ['rules'],
  });
export type ClockRulesUpdateInput = z.input<typeof UpdateClockRulesBodySchema>;
