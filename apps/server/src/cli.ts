import { pathToFileURL } from 'node:url';
import { loadConfig } from './config';
import { serve } from './main';
import { MODULES } from './modules';
import { useMetricsOf } from './platform/metrics/metric-registry';
import { useSupervisionOf } from './platform/supervision/supervision-registry';
import type { CliCommand, CliIo } from './server-module';

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** The shell's own command; every other comes from a module (MODULES), so this file never changes for one. */
const SERVE: CliCommand = {
  name: 'serve',
  usage: ['serve                         run the web app and API (PORT, DATABASE_URL, ECOCLOUD_DEMO)'],
  run: async () => {
    await serve(loadConfig());
    return -1; // keeps running
  },
};

/** Every command, `serve` first, then the modules' in list order. */
export const COMMANDS: readonly CliCommand[] = [SERVE, ...MODULES.flatMap((module) => module.commands)];

export const USAGE = `ecocloud <command>

${COMMANDS.flatMap((command) => command.usage)
  .map((line) => `  ${line}`)
  .join('\n')}
`;

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const unknownCommand = () => {
    io.stderr.write(`unknown command: ${argv.join(' ')}\n\n${USAGE}`);
    return 2;
  };
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return unknownCommand();
  useMetricsOf(MODULES);
  useSupervisionOf(MODULES);
  return command.run(args, { io, modules: MODULES, usage: USAGE, unknownCommand });
}

/** Resolves once everything written to the stream so far has left the process (a pipe may lag behind). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) {
      resolve();
      return;
    }
    // Writes complete in order: the callback of an empty write runs after every earlier chunk.
    stream.write('', () => resolve());
  });
}

/**
 * The one exit path of a command: waits for stdout and stderr to drain before process.exit, which
 * would otherwise cut output going into a pipe at the pipe's buffer (64 KiB).
 */
export async function exitAfterOutput(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** Runs the command line and exits with its code (serve keeps the process alive). */
export function main(argv: string[]): void {
  runCli(argv).then(
    (code) => {
      if (code >= 0) void exitAfterOutput(code);
    },
    (err: unknown) => {
      io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      void exitAfterOutput(1);
    },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
