import { assessmentModule } from './modules/assessment';
import { calcModule } from './modules/calc';
import { complaintsModule } from './modules/complaints';
import { complianceModule } from './modules/compliance';
import { creditModule } from './modules/credit';
import { enforcementModule } from './modules/enforcement';
import { homeModule } from './modules/home';
import { monitoringModule } from './modules/monitoring';
import { rectificationModule } from './modules/rectification';
import { sourcesModule } from './modules/sources';
import { workplanModule } from './modules/workplan';
import { platformModule } from './platform';
import type { ServerModule } from './server-module';

/**
 * Every module of the server, listed once; a new module adds itself here and nowhere else. The shell
 * iterates this list in order: routes (app.ts), services (services.ts), demo seeders (seed-demo: monitoring's
 * readings, then assessment's targets from them, then the work plan that tracks both), metrics, CLI
 * commands and `--help` (cli.ts), permissions and table ownership (modules.test.ts).
 */
export const MODULES: readonly ServerModule[] = [
  platformModule,
  monitoringModule,
  assessmentModule,
  sourcesModule,
  complianceModule,
  enforcementModule,
  complaintsModule,
  creditModule,
  rectificationModule,
  workplanModule,
  calcModule,
  homeModule,
];
