import { parseArgs } from 'node:util';
import { NewPasswordSchema } from '@ecocloud/contracts';
import { withDeps } from '../../cli-deps';
import { appendAudit } from '../audit/audit.service';
import { generatePassword, hashPassword } from '../auth/passwords';
import { deleteSessionsOf, findUserByUsername, resetPasswordRow } from './users.repository';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const RESET_PASSWORD_USAGE = `ecocloud user reset-password --username U [--password P]

  Sets a new password for U (generated and printed once when --password is not given), unlocks the
  account and ends its sessions. U must change it at the next login. For a lost admin password:
  whoever runs this has the database, so no other proof is asked.
`;

/** `ecocloud user reset-password`: 0 done, 1 no such user, 2 bad arguments. */
export async function runResetPassword(argv: string[], io: Io): Promise<number> {
  let values: { username?: string | undefined; password?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { username: { type: 'string' }, password: { type: 'string' } } }));
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n\n${RESET_PASSWORD_USAGE}`);
    return 2;
  }
  if (!values.username) {
    io.stderr.write(RESET_PASSWORD_USAGE);
    return 2;
  }
  const checked = values.password === undefined ? null : NewPasswordSchema.safeParse(values.password);
  if (checked && !checked.success) {
    io.stderr.write(`--password: ${checked.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const password = values.password ?? generatePassword();
  const username = values.username;
  return withDeps(async ({ db, clock }) => {
    const user = await findUserByUsername(db, username);
    if (!user) {
      io.stderr.write(`no user named ${username}\n`);
      return 1;
    }
    const hash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      const now = clock.now().toISOString();
      await resetPasswordRow(trx, user.id, hash, now);
      await deleteSessionsOf(trx, user.id);
      await appendAudit(
        trx,
        clock,
        { actorId: null, actorName: 'cli', actorOrgId: null, requestId: null, ip: null },
        { action: 'user.password_reset', entityType: 'user', entityId: user.id },
      );
    });
    io.stdout.write(`password of ${username} reset; it must be changed at the next login\n`);
    if (!values.password) io.stdout.write(`password (shown once): ${password}\n`);
    return 0;
  });
}
