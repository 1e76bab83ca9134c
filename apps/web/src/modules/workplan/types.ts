import type {
  AssessmentRowSchema,
  BoardRowSchema,
  ReminderSchema,
  RoundSchema,
  SeriesSchema,
  UnitDutySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';

export type {
  AssessmentWeights,
  CalendarDay,
  CalendarDayKind,
  Indicator,
  Item,
  ItemStatus,
  Notice,
  Plan,
  PlanProposal,
  ProposedIndicator,
  ProposedItem,
  Report,
} from '@ecocloud/contracts';
export type BoardRow = z.infer<typeof BoardRowSchema>;
export type BoardCard = BoardRow['cards'][number];
export type UnitDuty = z.infer<typeof UnitDutySchema>;
export type Reminder = z.infer<typeof ReminderSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type AssessmentRow = z.infer<typeof AssessmentRowSchema>;
export type List<T> = { items: T[]; total: number };

/** What the importer's save answers: items and indicators created, unit names that matched no organisation. */
export type ImportResult = { created: number; indicators: number; unmatchedUnits: string[] };
export type { SubmitReportInput as ReportInput } from '@ecocloud/contracts';
export type ReviewDecision = 'approve' | 'return' | 'comment';
