import { RECTIFICATION_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { rectificationDemoSeeder } from './demo/demo-seeder';
import { ledgerImportRoutes } from './import/ledger-import.routes';
import { ledgerRoutes } from './ledger/ledger.routes';
import { RECTIFICATION_METRICS } from './metrics';
import { publicRectificationRoutes } from './public/public-rectification';
import { runRectificationCommand } from './rectification.cli';
import { RECTIFICATION_TABLES } from './rectification.tables';
import { supervisionRoutes } from './supervision/supervision.routes';
import { startSupervisionWorker } from './supervision/supervision.worker';

/**
 * The inspection-rectification ledger (督察整改台账, issue 20): inspection batches and their problems with
 * the plan Code art. 29 requires, a state machine from 未启动 to 已销号 (逾期 computed, 反弹 reopening),
 * evidence, acceptance, the public notice in working days, the public portal's page, a spreadsheet
 * import, the work plan's figures for item 二(二), supervision notices (督办) with escalation, and the link
 * of a batch to its handed-over complaint batch (交办件) in the complaints module.
 */
export const rectificationModule: ServerModule = {
  name: 'rectification',
  routes: [ledgerRoutes, ledgerImportRoutes, supervisionRoutes, publicRectificationRoutes],
  services: [startSupervisionWorker],
  commands: [
    {
      name: 'rectification',
      usage: ['rectification escalate        escalate late supervision notices (督办) now (the server does it hourly)'],
      run: (args, { io }) => runRectificationCommand(args, io),
    },
  ],
  demo: [rectificationDemoSeeder],
  metrics: RECTIFICATION_METRICS,
  permissions: RECTIFICATION_PERMISSIONS,
  tables: RECTIFICATION_TABLES,
};
