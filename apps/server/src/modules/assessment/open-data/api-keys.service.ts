import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, type ApiKey } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import * as repo from './api-keys.repository';

type Row = repo.ApiKeyRow;
type Deps = Pick<AppDeps, 'db' | 'clock'>;

/** Keys are stored as SHA-256: they are long random strings, so a fast hash suffices (no password stretching needed). */
const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

const toApiKey = (r: Row): ApiKey => ({
  id: r.id,
  name: r.name,
  keyPrefix: r.key_prefix,
  rateLimit: r.rate_limit,
  isActive: r.is_active === 1,
  lastUsedAt: r.last_used_at,
  createdAt: r.created_at,
});

export async function listApiKeys({ db }: Deps): Promise<ApiKey[]> {
  return (await repo.listKeyRows(db)).map(toApiKey);
}

/** Creates a key; the returned `key` is shown once and never stored. */
export async function createApiKey(
  { db, clock }: Deps,
  actor: Actor,
  input: { name: string; rateLimit: number },
): Promise<ApiKey & { key: string }> {
  const key = `eco_${randomBytes(24).toString('base64url')}`;
  const now = clock.now().toISOString();
  const row: Row = {
    id: randomUUID(),
    name: input.name,
    key_prefix: key.slice(0, 10),
    key_hash: hashKey(key),
    rate_limit: input.rateLimit,
    is_active: 1,
    last_used_at: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertKeyRow(trx, row);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'apikey.create',
      entityType: 'api_key',
      entityId: row.id,
      after: toApiKey(row),
    });
  });
  return { ...toApiKey(row), key };
}

export async function updateApiKey(
  { db, clock }: Deps,
  actor: Actor,
  {
    id,
    patch,
  }: {
    id: string;
    patch: { name?: string | undefined; rateLimit?: number | undefined; isActive?: boolean | undefined };
  },
): Promise<ApiKey> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findKeyRow(trx, id);
    if (!before) throw new AppError('API_KEY_NOT_FOUND', 'API key not found');
    const set = {
      name: patch.name ?? before.name,
      rate_limit: patch.rateLimit ?? before.rate_limit,
      is_active: patch.isActive === undefined ? before.is_active : patch.isActive ? 1 : 0,
      updated_at: clock.now().toISOString(),
    };
    await repo.updateKeyRow(trx, id, set);
    const after = toApiKey({ ...before, ...set });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'apikey.update',
      entityType: 'api_key',
      entityId: id,
      before: toApiKey(before),
      after,
    });
    return after;
  });
}

export async function deleteApiKey({ db, clock }: Deps, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findKeyRow(trx, id);
    if (!before) throw new AppError('API_KEY_NOT_FOUND', 'API key not found');
    await repo.deleteKeyRow(trx, id);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'apikey.delete',
      entityType: 'api_key',
      entityId: id,
      before: toApiKey(before),
    });
  });
}

/** The active key with this value, if any. */
export function findActiveKey({ db }: Deps, key: string): Promise<Row | undefined> {
  return repo.findActiveKeyRow(db, hashKey(key));
}

/** Notes a key's last use (the guard throttles how often). */
export function touchKey({ db }: Deps, id: string, at: string): Promise<void> {
  return repo.updateKeyRow(db, id, { last_used_at: at });
}
