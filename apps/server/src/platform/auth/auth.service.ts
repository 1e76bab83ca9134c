import { createHash, randomBytes } from 'node:crypto';
import { AppError, type Me } from '@ecocloud/contracts';
import type { Config } from '../../config';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../audit/audit.service';
import type { ServiceDeps } from '../service-deps';
import { combineRoles, listRoles } from '../users/roles';
import {
  deleteOtherSessions,
  deleteSession,
  findSession,
  findUserForLogin,
  findUserWithOrg,
  insertSession,
  passwordHashOf,
  roleCodesOf,
  setLoginFailures,
  setPassword,
} from './auth.repository';
import { hashPassword, verifyPassword } from './passwords';

export const SESSION_COOKIE = 'ecocloud_session';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
// Verified against when the username is unknown, so both paths cost one argon2 verification.
const DUMMY_HASH = hashPassword(randomBytes(16).toString('hex'));

type Deps = ServiceDeps & { config: Config };
type RequestInfo = { ip: string | null; requestId: string };
/** The login body and where the request came from (kept on the actor for the audit trail). */
export type LoginInput = { username: string; password: string; req: RequestInfo };
/** The raw session token from the cookie and where the request came from. */
export type SessionInput = { token: string; req: RequestInfo };
/** The change-password body and the caller's own session token, the one session that stays. */
export type PasswordChange = { currentPassword: string; newPassword: string; keepToken: string };

/** Builds the caller's identity (organisation, roles, permissions, widest scope) from the user id. */
async function loadActor(
  { db }: Pick<ServiceDeps, 'db'>,
  { userId, req }: { userId: string; req: RequestInfo },
): Promise<Actor | null> {
  const user = await findUserWithOrg(db, userId);
  if (!user || user.is_active !== 1) return null;
  const codes = await roleCodesOf(db, userId);
  const roles = (await listRoles(db)).filter((r) => codes.includes(r.code));
  const { permissions, scope } = combineRoles(roles);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    orgId: user.org_id,
    orgPath: user.path,
    orgName: user.org_name,
    regionCode: user.region_code,
    roles: codes,
    permissions,
    scope,
    mustChangePassword: user.must_change_password === 1,
    requestId: req.requestId,
    ip: req.ip,
  };
}

export function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    orgId: actor.orgId,
    orgName: actor.orgName,
    regionCode: actor.regionCode,
    roles: [...actor.roles],
    permissions: [...actor.permissions].sort(),
    scope: actor.scope,
    mustChangePassword: actor.mustChangePassword,
  };
}

export type LoginResult = { token: string; csrfToken: string; actor: Actor };

/** Password login with lockout: after `lockoutThreshold` failures the account is locked for `lockoutMs`. */
export async function login(
  { db, clock, config }: Deps,
  { username, password, req }: LoginInput,
): Promise<LoginResult> {
  const user = await findUserForLogin(db, username);
  const anon: AuditContext = {
    actorId: user?.id ?? null,
    actorName: username,
    actorOrgId: user?.org_id ?? null,
    requestId: req.requestId,
    ip: req.ip,
  };
  const now = clock.now();
  if (user?.locked_until && user.locked_until > now.toISOString()) {
    await db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, clock, anon, { action: 'auth.login_locked', entityType: 'user', entityId: user.id }),
      );
    throw new AppError('ACCOUNT_LOCKED', 'account locked after repeated failures; try later or ask an administrator', [
      { path: 'body.username', message: 'account locked', params: { lockedUntil: user.locked_until ?? '' } },
    ]);
  }
  const ok = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), password);
  if (!user || !ok || user.is_active !== 1) {
    await db.transaction().execute(async (trx) => {
      if (user) {
        const failures = user.failed_logins + 1;
        const lock =
          failures >= config.lockoutThreshold ? new Date(now.getTime() + config.lockoutMs).toISOString() : null;
        await setLoginFailures(trx, user.id, lock ? 0 : failures, lock);
        if (lock)
          await appendAudit(trx, clock, anon, {
            action: 'auth.locked',
            entityType: 'user',
            entityId: user.id,
            after: { lockedUntil: lock },
          });
      }
      await appendAudit(trx, clock, anon, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id });
    });
    throw new AppError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const actor = (await loadActor({ db }, { userId: user.id, req }))!;
  await db.transaction().execute(async (trx) => {
    await setLoginFailures(trx, user.id, 0, null);
    await insertSession(trx, {
      id: sha256(token),
      user_id: user.id,
      csrf_token: csrfToken,
      ip: req.ip,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + config.sessionTtlMs).toISOString(),
    });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { token, csrfToken, actor };
}

export async function resolveSession({ db, clock }: ServiceDeps, { token, req }: SessionInput) {
  const session = await findSession(db, sha256(token));
  if (!session || session.expires_at <= clock.now().toISOString()) return null;
  const actor = await loadActor({ db }, { userId: session.user_id, req });
  return actor ? { actor, csrfToken: session.csrf_token } : null;
}

export async function logout({ db, clock }: ServiceDeps, actor: Actor, { token }: { token: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sha256(token));
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}

export async function changePassword(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { currentPassword: current, newPassword: next, keepToken }: PasswordChange,
): Promise<void> {
  if (!(await verifyPassword(await passwordHashOf(db, actor.userId), current))) {
    throw new AppError('VALIDATION_FAILED', 'current password is wrong', [
      { path: 'body.currentPassword', message: 'wrong password' },
    ]);
  }
  if (next === current) {
    throw new AppError('VALIDATION_FAILED', 'the new password must differ from the current one', [
      { path: 'body.newPassword', message: 'same as the current password' },
    ]);
  }
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    const now = clock.now().toISOString();
    await setPassword(trx, actor.userId, hash, now);
    // Other sessions of this user end: a changed password must lock out whoever else had it.
    await deleteOtherSessions(trx, actor.userId, sha256(keepToken));
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
