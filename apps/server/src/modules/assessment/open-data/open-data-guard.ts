import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { findActiveKey, touchKey } from './api-keys.service';
import { RateLimiter } from './rate-limiter';

type KeyInfo = { id: string; rateLimit: number; checkedAt: number };
const KEY_CACHE_MS = 30_000;

/**
 * The open-data gate: `X-API-Key` names a key with its own per-minute limit; without the header a
 * caller gets the anonymous public limit per client address. A wrong or disabled key is refused (401).
 * Every answer carries X-RateLimit-Limit / -Remaining / -Reset; past the limit, 429 RATE_LIMITED.
 */
export function openDataGuard(deps: AppDeps) {
  const limiter = new RateLimiter();
  const keys = new Map<string, KeyInfo>();
  const touched = new Map<string, number>();
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const now = deps.clock.now().getTime();
    const sent = request.headers['x-api-key'];
    let bucket = `ip:${request.ip}`;
    let limit = deps.config.publicRateLimit;
    if (typeof sent === 'string' && sent !== '') {
      let info = keys.get(sent);
      if (!info || now - info.checkedAt > KEY_CACHE_MS) {
        const row = await findActiveKey(deps.db, sent);
        if (!row) { keys.delete(sent); throw new AppError('UNAUTHENTICATED', 'unknown or disabled API key'); }
        info = { id: row.id, rateLimit: row.rate_limit, checkedAt: now };
        keys.set(sent, info);
      }
      bucket = `key:${info.id}`;
      limit = info.rateLimit;
      // Record use at most once a minute per key: a write per request would cost more than the read.
      if (now - (touched.get(info.id) ?? 0) > 60_000) { touched.set(info.id, now); await touchKey(deps.db, info.id, new Date(now).toISOString()); }
    }
    const v = limiter.take(bucket, limit, now);
    reply.header('x-ratelimit-limit', v.limit).header('x-ratelimit-remaining', v.remaining).header('x-ratelimit-reset', v.resetSeconds);
    if (!v.isAllowed) {
      reply.header('retry-after', v.resetSeconds);
      throw new AppError('RATE_LIMITED', `rate limit of ${v.limit} requests per minute exceeded; retry in ${v.resetSeconds} s`);
    }
  };
}
