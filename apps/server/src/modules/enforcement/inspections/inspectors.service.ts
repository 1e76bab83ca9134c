import { AppError, type PutInspectorBodySchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { activeUsersHolding, type UserInSubtree } from '../../../platform/users/user-reads';
import { sourcesReads } from '../../sources';
import { inspectorRowsOf, upsertInspector } from './inspections.repository';

export type InspectorEntry = UserInSubtree & { active: boolean; recusals: string[] };

/**
 * The inspector library of an organisation subtree: its active users who hold `enforcement:inspect`,
 * with their stored recusals and availability (a user without a row is available, recused from nobody).
 */
export async function inspectorLibrary(deps: ServiceDeps, orgPath: string): Promise<InspectorEntry[]> {
  const users = await activeUsersHolding(deps.db, orgPath, 'enforcement:inspect');
  const rows = await inspectorRowsOf(
    deps.db,
    users.map((u) => u.userId),
  );
  return users.map((u) => {
    const row = rows.get(u.userId);
    return { ...u, active: row ? row.active === 1 : true, recusals: row ? (JSON.parse(row.recusals) as string[]) : [] };
  });
}

async function withNames(deps: ServiceDeps, actor: Actor, entries: InspectorEntry[]) {
  const ids = [...new Set(entries.flatMap((e) => e.recusals))];
  const names = new Map(
    (await sourcesReads.enterprisesInReach(deps.db, actor, { ids })).map((e) => [e.id, e.name] as const),
  );
  // An enterprise outside the caller's reach is named by nobody here: its id is shown, its name null.
  return entries.map((e) => ({
    ...e,
    recusals: e.recusals.map((id) => ({ enterpriseId: id, name: names.get(id) ?? null })),
  }));
}

export async function listInspectors(deps: ServiceDeps, actor: Actor) {
  return { items: await withNames(deps, actor, await inspectorLibrary(deps, actor.orgPath)) };
}

/** Sets an inspector's recusals (回避) and availability; the enterprises must be in the caller's reach. Audited. */
export async function putInspector(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  body: z.infer<typeof PutInspectorBodySchema>,
) {
  const before = (await inspectorLibrary(deps, actor.orgPath)).find((i) => i.userId === userId);
  if (!before) throw new AppError('INSPECTOR_NOT_FOUND', `inspector ${userId} not found`);
  const recusals = [...new Set(body.recusals)].sort();
  const reached = new Set((await sourcesReads.enterprisesInReach(deps.db, actor, { ids: recusals })).map((e) => e.id));
  // A recusal stored earlier by someone with a wider reach may stay without the caller reaching it.
  const missing = recusals.findIndex((id) => !reached.has(id) && !before.recusals.includes(id));
  if (missing >= 0) {
    const path = `body.recusals.${body.recusals.indexOf(recusals[missing]!)}`;
    throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${recusals[missing]} not found`, [
      { path, message: 'not found' },
    ]);
  }
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await upsertInspector(trx, {
      user_id: userId,
      org_id: before.orgId,
      recusals: JSON.stringify(recusals),
      active: body.active ? 1 : 0,
      updated_at: now,
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.inspector.put',
      entityType: 'inspector',
      entityId: userId,
      before: { recusals: before.recusals, active: before.active },
      after: { recusals, active: body.active },
    });
  });
  const [entry] = await withNames(deps, actor, [{ ...before, recusals, active: body.active }]);
  return entry!;
}
