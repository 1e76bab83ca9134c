import type { AssessmentTables } from '../modules/assessment/assessment.tables';
import type { SourcesTables } from '../modules/sources/sources.tables';
import type { ComplianceTables } from '../modules/compliance/compliance.tables';
import type { EnforcementTables } from '../modules/enforcement/enforcement.tables';
import type { ComplaintsTables } from '../modules/complaints/complaints.tables';
import type { MonitoringTables } from '../modules/monitoring/monitoring.tables';
import type { WorkplanTables } from '../modules/workplan/shared/workplan.tables';
import type { PlatformTables } from '../platform/platform.tables';

/** The whole database as Kysely sees it; each module contributes its tables interface. */
export interface Database
  extends
    AssessmentTables,
    PlatformTables,
    MonitoringTables,
    WorkplanTables,
    SourcesTables,
    ComplianceTables,
    EnforcementTables,
    ComplaintsTables {}
