import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type User } from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import { constraintKind } from '../../db/db-errors';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import * as orgs from '../orgs/orgs.repository';
import { orgPathInScope } from '../scope/data-scope';
import type { ServiceDeps } from '../service-deps';
import { listRoles, rolesBeyondGranter } from './roles';
import * as repo from './users.repository';

function toUser(r: repo.UserListRow, roles: string[]): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgId: r.org_id,
    orgName: r.org_name,
    roles,
    isActive: r.is_active === 1,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  };
}

export async function listUsers(
  { db }: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  q: Parameters<typeof repo.listUsers>[2],
) {
  const { rows, total } = await repo.listUsers(db, actor, q);
  const roles = await repo.rolesOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toUser(r, roles.get(r.id) ?? [])), total };
}

async function getUser(db: Kysely<Database>, actor: Actor, id: string): Promise<User> {
  const row = await repo.findUserInScope(db, actor, id);
  if (!row) throw new AppError('USER_NOT_FOUND', 'user not found');
  return toUser(row, (await repo.rolesOfUsers(db, [id])).get(id) ?? []);
}

/** The roles must exist and be no wider than the granter's own (scope and permissions). */
async function assertGrantable(db: Kysely<Database>, actor: Actor | null, roleCodes: readonly string[]): Promise<void> {
  const all = await listRoles(db);
  const granted = all.filter((r) => roleCodes.includes(r.code));
  const unknown = roleCodes.filter((c) => !all.some((r) => r.code === c));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', `unknown roles: ${unknown.join(', ')}`, [
      { path: 'body.roles', message: 'unknown role' },
    ]);
  if (!actor) return;
  const beyond = rolesBeyondGranter(actor, granted);
  if (beyond.length)
    throw new AppError('ROLE_BEYOND_GRANTER', `you cannot grant roles wider than your own: ${beyond.join(', ')}`, [
      { path: 'body.roles', message: 'wider than your own', params: { roles: beyond.join(',') } },
    ]);
}

async function assertOrgInScope(db: Kysely<Database>, actor: Actor | null, orgId: string): Promise<void> {
  const org = await orgs.findOrg(db, orgId);
  if (!org || (actor && !orgPathInScope(actor, org.id, org.path))) {
    throw new AppError('ORG_NOT_FOUND', 'organisation not found in your scope', [
      { path: 'body.orgId', message: 'not found' },
    ]);
  }
}

/**
 * `mustChangePassword` (default true): a password someone else chose or generated is changed at first
 * login. Only the demo users (and an admin whose password the operator set in the environment) skip it.
 */
export type NewUser = {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  password: string;
  mustChangePassword?: boolean;
};

/** Creates a user; `actor` null means the system (seed, CLI), which skips scope checks but still audits. */
export async function createUser({ db, clock }: ServiceDeps, actor: Actor | null, u: NewUser): Promise<User> {
  const passwordHash = await hashPassword(u.password);
  return db.transaction().execute(async (trx) => {
    await assertOrgInScope(trx, actor, u.orgId);
    await assertGrantable(trx, actor, u.roles);
    const now = clock.now().toISOString();
    const id = randomUUID();
    try {
      await repo.insertUser(
        trx,
        {
          id,
          username: u.username,
          display_name: u.displayName,
          org_id: u.orgId,
          password_hash: passwordHash,
          is_active: 1,
          failed_logins: 0,
          locked_until: null,
          password_changed_at: now,
          must_change_password: u.mustChangePassword === false ? 0 : 1,
          created_by: actor?.userId ?? null,
          created_at: now,
          updated_at: now,
        },
        u.roles,
      );
    } catch (err) {
      if (constraintKind(err) === 'unique')
        throw new AppError('CONFLICT', `username ${u.username} is taken`, [
          { path: 'body.username', message: 'taken' },
        ]);
      throw err;
    }
    const org = (await orgs.findOrg(trx, u.orgId))!;
    const user = toUser(
      {
        id,
        username: u.username,
        display_name: u.displayName,
        org_id: u.orgId,
        org_name: org.name,
        org_path: org.path,
        password_hash: '',
        is_active: 1,
        failed_logins: 0,
        locked_until: null,
        password_changed_at: now,
        must_change_password: 0,
        created_by: null,
        created_at: now,
        updated_at: now,
      },
      [...u.roles].sort(),
    );
    const ctx = actor
      ? auditContextOf(actor)
      : { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };
    await appendAudit(trx, clock, ctx, { action: 'user.create', entityType: 'user', entityId: id, after: user });
    return user;
  });
}

type UserPatch = {
  displayName?: string | undefined;
  roles?: string[] | undefined;
  isActive?: boolean | undefined;
  orgId?: string | undefined;
};

/** Which user to change and how: the route's `:id` and its parsed body. */
export type UserUpdate = { id: string; patch: UserPatch };

export async function updateUser({ db, clock }: ServiceDeps, actor: Actor, { id, patch }: UserUpdate): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const before = await getUser(trx, actor, id);
    if (patch.orgId) await assertOrgInScope(trx, actor, patch.orgId);
    if (patch.roles) await assertGrantable(trx, actor, patch.roles);
    const set: Partial<repo.UserRow> = { updated_at: clock.now().toISOString() };
    if (patch.displayName !== undefined) set.display_name = patch.displayName;
    if (patch.isActive !== undefined) set.is_active = patch.isActive ? 1 : 0;
    if (patch.orgId !== undefined) set.org_id = patch.orgId;
    if ((await repo.updateUserInScope(trx, actor, id, set)) === 0)
      throw new AppError('USER_NOT_FOUND', 'user not found');
    if (patch.roles) await repo.replaceRoles(trx, id, patch.roles);
    if (patch.isActive === false) await repo.deleteSessionsOf(trx, id);
    const after = await getUser(trx, actor, id).catch(() => ({ ...before, ...patch }) as User);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function unlockUser({ db, clock }: ServiceDeps, actor: Actor, { id }: { id: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const n = await repo.updateUserInScope(trx, actor, id, {
      locked_until: null,
      failed_logins: 0,
      updated_at: clock.now().toISOString(),
    });
    if (n === 0) throw new AppError('USER_NOT_FOUND', 'user not found');
    await appendAudit(trx, clock, auditContextOf(actor), { action: 'user.unlock', entityType: 'user', entityId: id });
  });
}
