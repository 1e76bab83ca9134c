import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { withDeps } from './cli-deps';
import { loadConfig } from './config';
import { serve } from './main';
import { verifyAudit } from './platform/audit/audit.service';
import { generatePassword } from './platform/auth/passwords';
import { formatCredentials } from './platform/bootstrap';
import { seedDemo } from './platform/demo/seed-demo';
import { createUser } from './platform/users/users.service';
import { firstOrgOfRegion } from './platform/orgs/orgs.repository';

const USAGE = `ecocloud <command>

  serve                         run the web app and API (PORT, DATABASE_URL, ECOCLOUD_DEMO)
  migrate                       apply database migrations and base code tables
  init --province CODE [--name NAME] [--counties]   set up a province: organisations, region names, base map
  seed-demo                     load the demo province, users and module demo data
  user create --username U --display-name N (--org-region CODE | --org-id ID) --role R [--role R2] [--password P]
  user reset-password --username U [--password P]   new password (printed when generated), changed at next login
  audit verify                  re-check the audit hash chain, its HMACs and exported heads; exit 1 at the first problem
  import stations FILE [--dry-run]            load stations (code, name, kind, region_code, lon, lat, …)
  import observations FILE [--period 1h|1d] [--dry-run]   load wide-form data (station, time, so2, …)
  rollup rebuild                rebuild the day/month/year rollups from the observations
  report ranking --from DATE --to DATE [--json]   the province's air-quality ranking from stored data
  calc aqi|water-class|air-evaluation …   standards calculations over CSV (see packages/standards/README.md)
  hj212 decode [FILE|-]         decode an HJ 212 byte stream into one JSON line per frame
  workplan import FILE [--dry-run] [--json] [--year N]   propose (or save) a plan from its Chinese text
  workplan escalate             escalate overdue supervision notices now (the server does it hourly)
  hj212 simulate --port P …     simulated HJ 212 loggers (see the gateway README)
  gateway                       the HJ 212 gateway alone on ECOCLOUD_HJ212_PORT
`;

type Io = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

async function userCreate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'org-region': { type: 'string' },
      'org-id': { type: 'string' },
      role: { type: 'string', multiple: true },
      password: { type: 'string' },
    },
  });
  if (!values.username || !values.role?.length || !(values['org-region'] || values['org-id'])) {
    io.stderr.write(USAGE);
    return 2;
  }
  return withDeps(async ({ db, clock }) => {
    let orgId = values['org-id'];
    if (!orgId) {
      const org = await firstOrgOfRegion(db, values['org-region']!);
      if (!org) throw new Error(`no organisation with region code ${values['org-region']}`);
      orgId = org.id;
    }
    const password = values.password ?? generatePassword();
    const user = await createUser(db, clock, null, {
      username: values.username!,
      displayName: values['display-name'] ?? values.username!,
      orgId,
      roles: values.role!,
      password,
    });
    io.stdout.write(`created ${user.username} in ${user.orgName} with roles ${user.roles.join(', ')}\n`);
    if (!values.password) io.stdout.write(`password (shown once): ${password}\n`);
    return 0;
  });
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve(loadConfig());
      return -1; // keeps running
    case 'migrate':
      return withDeps(async () => {
        io.stdout.write('database is up to date\n');
        return 0;
      });
    case 'init':
      return withDeps(async (deps) =>
        (await import('./platform/provinces/init.cli')).runInitCommand(deps, argv.slice(1), io),
      );
    case 'seed-demo':
      return withDeps(async (deps) => {
        const creds = await seedDemo(deps);
        io.stdout.write(
          creds.length
            ? `${formatCredentials(creds, `http://localhost:${deps.config.port}`)}\n`
            : 'demo data already present\n',
        );
        return 0;
      });
    case 'user':
      if (sub === 'create') return userCreate(rest);
      if (sub === 'reset-password')
        return (await import('./platform/users/reset-password.cli')).runResetPassword(rest, io);
      break;
    case 'audit':
      if (sub === 'verify') {
        return withDeps(async ({ db }) => {
          const { checked, heads, problem } = await verifyAudit(db);
          if (!problem) {
            io.stdout.write(
              `audit chain intact: ${checked} entries verified (HMAC signed), ${heads} exported heads found in the chain\n`,
            );
            return 0;
          }
          io.stdout.write(`audit chain BROKEN at entry ${problem.seq} (${problem.kind}): ${problem.message}\n`);
          return 1;
        });
      }
      break;
    case 'import':
      return withDeps(async (deps) =>
        (await import('./modules/monitoring/monitoring.cli')).runImportCommand(deps, argv.slice(1), io),
      );
    case 'rollup':
      return withDeps(async (deps) =>
        (await import('./modules/monitoring/monitoring.cli')).runRollupCommand(deps, argv.slice(1), io),
      );
    case 'report':
      return withDeps(async (deps) =>
        (await import('./modules/assessment/report.cli')).runReportCommand(deps, argv.slice(1), io),
      );
    case 'gateway':
      return (await import('./modules/monitoring/gateway/gateway.cli')).runGatewayCommand(io);
    case 'calc': {
      const { runCalcCommand } = await import('./modules/calc/calc.cli');
      return runCalcCommand(argv.slice(1), io);
    }
    case 'workplan':
      return (await import('./modules/workplan/workplan.cli')).runWorkplanCommand(argv.slice(1), io);
    case 'hj212': {
      if (sub === 'simulate')
        return (await import('./modules/monitoring/simulator/simulate.cli')).runHj212Simulate(rest, io);
      if (sub === 'decode') {
        const { runHj212Decode } = await import('./modules/monitoring/hj212-cli/decode.cli');
        return runHj212Decode(rest, io);
      }
      break;
    }
    case undefined:
    case 'help':
    case '--help':
      io.stdout.write(USAGE);
      return 0;
  }
  io.stderr.write(`unknown command: ${argv.join(' ')}\n\n${USAGE}`);
  return 2;
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
