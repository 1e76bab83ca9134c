import { WORKPLAN_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { workplanDemoSeeder } from './demo/workplan.seed';
import { monthlyDemoSeeder } from './monthly/monthly.seed';
import { monthlyRoutes } from './monthly/monthly.routes';
import { WORKPLAN_MONTHLY_TABLES } from './monthly/monthly.tables';
import { itemEditRoutes } from './plans/item-edit.routes';
import { itemRestructureRoutes } from './plans/item-restructure.routes';
import { plansRoutes } from './plans/plans.routes';
import { progressRoutes } from './progress/progress.routes';
import { WORKPLAN_TABLES } from './shared/workplan.tables';
import { supervisionRoutes } from './supervision/supervision.routes';
import { viewsRoutes } from './views/views.routes';
import { runWorkplanCommand } from './workplan.cli';
import { startWorkplanWorker } from './workplan.worker';

/** Plans, items and indicators, progress reports and reviews, supervision notices, the year-end assessment. */
export const workplanModule: ServerModule = {
  name: 'workplan',
  routes: [
    plansRoutes,
    itemEditRoutes,
    itemRestructureRoutes,
    progressRoutes,
    supervisionRoutes,
    viewsRoutes,
    monthlyRoutes,
  ],
  services: [startWorkplanWorker],
  commands: [
    {
      name: 'workplan',
      usage: [
        'workplan import FILE [--dry-run] [--json] [--year N] [--units FILE]   propose (or save) a plan from its Chinese text',
        'workplan escalate             escalate overdue supervision notices now (the server does it hourly)',
      ],
      run: (args, { io }) => runWorkplanCommand(args, io),
    },
  ],
  demo: [workplanDemoSeeder, monthlyDemoSeeder],
  metrics: [],
  permissions: WORKPLAN_PERMISSIONS,
  tables: [...WORKPLAN_TABLES, ...WORKPLAN_MONTHLY_TABLES],
};

/** Service functions other modules may call. */
export { myDuties } from './views/my-duties.service';
