import { ASSESSMENT_PERMISSIONS } from '@ecocloud/contracts';
import { withDeps } from '../../cli-deps';
import type { ServerModule, Service } from '../../server-module';
import { airRoutes } from './air/air.routes';
import { ASSESSMENT_TABLES } from './assessment.tables';
import { startAssessmentScheduler } from './bulletin/bulletin-scheduler';
import { bulletinRoutes } from './bulletin/bulletin.routes';
import { assessmentDemoSeeder } from './demo/assessment-demo';
import { apiKeysRoutes } from './open-data/api-keys.routes';
import { openDataRoutes } from './open-data/open-data.routes';
import { publicRoutes } from './public/public.routes';
import { runReportCommand } from './report.cli';
import { ASSESSMENT_METRICS } from './targets/metrics';
import { targetsRoutes } from './targets/targets.routes';
import { waterRoutes } from './water/water.routes';

export { airRanking, loadAirNetwork } from './air/air-evaluation.service';
export { listProgress } from './targets/target-list.service';
/** A section's class of the latest month (the rectification ledger shows it live beside a target). */
export { sectionClasses } from './water/water.service';

/** Monthly bulletins on the 1st, queued report jobs and radiation findings. */
const startAssessment: Service = async (deps, log) => {
  const stop = startAssessmentScheduler(deps, log);
  return async () => stop();
};

/** Air, water, sea, noise and radiation evaluation, rankings, targets and forecasts, bulletins, the open-data API. */
export const assessmentModule: ServerModule = {
  name: 'assessment',
  routes: [airRoutes, waterRoutes, targetsRoutes, bulletinRoutes, apiKeysRoutes, openDataRoutes, publicRoutes],
  services: [startAssessment],
  commands: [
    {
      name: 'report',
      usage: ["report ranking --from DATE --to DATE [--json]   the province's air-quality ranking from stored data"],
      run: (args, { io }) => withDeps((deps) => runReportCommand(deps, args, io)),
    },
  ],
  demo: [assessmentDemoSeeder],
  metrics: ASSESSMENT_METRICS,
  permissions: ASSESSMENT_PERMISSIONS,
  tables: ASSESSMENT_TABLES,
};
