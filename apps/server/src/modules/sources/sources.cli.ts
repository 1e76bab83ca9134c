import type { CliCommand } from '../../server-module';
import { DUE_USAGE, runDueCommand } from './due/due.cli';

/**
 * `ecocloud sources …`: one command name for the module, dispatching on the sub-command. Helper S's
 * `import` joins here as another branch.
 */
export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: ['sources due --on DATE [--within DAYS] [--json]   what falls due (permit clocks, execution reports)'],
  run: async (args, { io }) => {
    const [sub, ...rest] = args;
    if (sub === 'due') return runDueCommand(rest, io);
    io.stderr.write(DUE_USAGE);
    return 2;
  },
};
