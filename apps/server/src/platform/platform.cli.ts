import { parseArgs } from 'node:util';
import { withDeps } from '../cli-deps';
import type { CliCommand, CliContext } from '../server-module';
import { verifyAudit } from './audit/audit.service';
import { generatePassword } from './auth/passwords';
import { formatCredentials } from './bootstrap';
import { seedDemo } from './demo/seed-demo';
import { runInitCommand } from './provinces/init.cli';
import { runResetPassword } from './users/reset-password.cli';
import { createUser } from './users/users.service';
import { firstOrgOfRegion } from './orgs/orgs.repository';

/** The platform's commands (`serve` and `help` belong to the shell, cli.ts). */
export const PLATFORM_COMMANDS: readonly CliCommand[] = [
  {
    name: 'migrate',
    usage: ['migrate                       apply database migrations and base code tables'],
    // withDeps prepares the database (migrations, base code tables) before the command body runs.
    run: (_args, { io }) =>
      withDeps(async () => {
        io.stdout.write('database is up to date\n');
        return 0;
      }),
  },
  {
    name: 'init',
    usage: [
      'init --province CODE [--name NAME] [--counties]   set up a province: organisations, region names, base map',
    ],
    run: (args, { io }) => withDeps((deps) => runInitCommand(deps, args, io)),
  },
  {
    name: 'seed-demo',
    usage: ['seed-demo                     load the demo province, users and module demo data'],
    run: (_args, { io, modules }) =>
      withDeps(async (deps) => {
        const creds = await seedDemo(deps, modules);
        io.stdout.write(
          creds.length
            ? `${formatCredentials(creds, `http://localhost:${deps.config.port}`)}\n`
            : 'demo data already present\n',
        );
        return 0;
      }),
  },
  {
    name: 'user',
    usage: [
      'user create --username U --display-name N (--org-region CODE | --org-id ID) --role R [--role R2] [--password P]',
      'user reset-password --username U [--password P]   new password (printed when generated), changed at next login',
    ],
    run: async ([sub, ...rest], ctx) => {
      if (sub === 'create') return userCreate(rest, ctx);
      if (sub === 'reset-password') return runResetPassword(rest, ctx.io);
      return ctx.unknownCommand();
    },
  },
  {
    name: 'audit',
    usage: [
      'audit verify                  re-check the audit hash chain, its HMACs and exported heads; exit 1 at the first problem',
    ],
    run: async ([sub], { io, unknownCommand }) => {
      if (sub !== 'verify') return unknownCommand();
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
    },
  },
];

async function userCreate(argv: string[], { io, usage }: CliContext): Promise<number> {
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
    io.stderr.write(usage);
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
    const user = await createUser({ db, clock }, null, {
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
