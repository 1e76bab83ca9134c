import type { ServerModule } from '../../server-module';
import { runCalcCommand } from './calc.cli';
import { calcRoutes } from './calc.routes';

/** Standards calculations over CSV (HJ 633 AQI, GB 3838 water class, HJ 663 air evaluation, emissions against the permit): CLI and HTTP, no tables. */
export const calcModule: ServerModule = {
  name: 'calc',
  routes: [calcRoutes],
  services: [],
  commands: [
    {
      name: 'calc',
      usage: [
        'calc aqi|water-class|air-evaluation|emissions|penalty|credit-repair|complaint-deadlines …   standards calculations over CSV (see packages/standards/README.md, docs/emissions-rules.md)',
      ],
      run: (args, { io }) => runCalcCommand(args, io),
    },
  ],
  demo: [],
  metrics: [],
  permissions: [],
  tables: [],
};
