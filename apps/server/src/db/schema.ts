import type { AssessmentTables } from '../modules/assessment/assessment.tables';
import type { SourcesTables } from '../modules/sources/sources.tables';
import type { CreditRepairTables } from '../modules/credit/repair/repair.tables';
import type { ComplianceTables } from '../modules/compliance/compliance.tables';
import type { CreditDisclosureTables } from '../modules/credit/disclosure/disclosure.tables';
import type { CreditRatingTables } from '../modules/credit/rating/rating.tables';
import type { EnforcementTables } from '../modules/enforcement/enforcement.tables';
import type { RectificationTables } from '../modules/rectification/rectification.tables';
import type { ComplaintsTables } from '../modules/complaints/complaints.tables';
import type { MonitoringTables } from '../modules/monitoring/monitoring.tables';
import type { WorkplanTables } from '../modules/workplan/shared/workplan.tables';
import type { WorkplanMonthlyTables } from '../modules/workplan/monthly/monthly.tables';
import type { PlatformTables } from '../platform/platform.tables';

/** The whole database as Kysely sees it; each module contributes its tables interface. */
export interface Database
  extends
    AssessmentTables,
    PlatformTables,
    MonitoringTables,
    WorkplanTables,
    WorkplanMonthlyTables,
    SourcesTables,
    ComplianceTables,
    EnforcementTables,
    ComplaintsTables,
    CreditRepairTables,
    CreditRatingTables,
    CreditDisclosureTables,
    RectificationTables {}
