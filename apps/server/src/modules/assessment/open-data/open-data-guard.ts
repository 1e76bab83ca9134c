import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { findActiveKey, touchKey } from './api-keys.service';
import { RateLimiter, type LimitVerdict } from './rate-limiter';

/**
 * The open-data gate: `X-API-Key` names a key with its own per-minute limit; without the header a
 * caller gets the anonymous public limit per client address. A wrong or disabled key is refused (401),
 * and counts against that address's public limit, so guessing keys is rate-limited too (then 429).
 * Every answer carries X-RateLimit-Limit / -Remaining / -Reset; past the limit, 429 RATE_LIMITED.
 *
 * The key is looked up on every request (one indexed read, no cache): disabling or deleting a key
 * takes effect at once, in every process.
 */
export function openDataGuard(deps: AppDeps) {
  const limiter = new RateLimiter();
  const touched = new Map<string, number>();
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const now = deps.clock.now().getTime();
    const sent = request.headers['x-api-key'];
    let bucket = `ip:${request.ip}`;
    let limit = deps.config.publicRateLimit;
    if (typeof sent === 'string' && sent !== '') {
      const row = await findActiveKey(deps, sent);
      if (!row) {
        enforce(limiter.take(bucket, limit, now), reply);
        throw new AppError('UNAUTHENTICATED', 'unknown or disabled API key');
      }
      bucket = `key:${row.id}`;
      limit = row.rate_limit;
      // Record use at most once a minute per key: a write per request would cost more than the read.
      if (now - (touched.get(row.id) ?? 0) > 60_000) {
        touched.set(row.id, now);
        await touchKey(deps, row.id, new Date(now).toISOString());
      }
    }
    enforce(limiter.take(bucket, limit, now), reply);
  };
}

/** Sets the rate-limit headers; past the limit, 429 with Retry-After. */
function enforce(v: LimitVerdict, reply: FastifyReply): void {
  reply
    .header('x-ratelimit-limit', v.limit)
    .header('x-ratelimit-remaining', v.remaining)
    .header('x-ratelimit-reset', v.resetSeconds);
  if (!v.isAllowed) {
    reply.header('retry-after', v.resetSeconds);
    throw new AppError(
      'RATE_LIMITED',
      `rate limit of ${v.limit} requests per minute exceeded; retry in ${v.resetSeconds} s`,
    );
  }
}
