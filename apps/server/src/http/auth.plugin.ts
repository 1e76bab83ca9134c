import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../app-deps';
import { SESSION_COOKIE, resolveSession } from '../platform/auth/auth.service';
import type { Access, Actor } from './actor';

type RouteRule = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its access rule: the authorisation matrix test walks it. */
    routeTable: RouteRule[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What an account that must change its password may still call: see itself, change it, leave. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/logout',
]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the session before validation, then enforces the route's access rule and CSRF,
 * so an anonymous or unauthorised caller learns nothing from validation errors.
 * Every /api/v1 route must declare `config.access`; registering one without it fails at start-up.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  const table: RouteRule[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(deps, { token, req: { ip: request.ip, requestId: request.id } });
      if (session) {
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED', 'log in first');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, request.csrfToken ?? '')) {
        throw new AppError('CSRF_FAILED', 'missing or wrong X-CSRF-Token header');
      }
    }
    if (
      request.actor.mustChangePassword &&
      !BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url ?? ''}`)
    ) {
      throw new AppError(
        'PASSWORD_CHANGE_REQUIRED',
        'change the password an administrator set before anything else (POST /api/v1/auth/password)',
      );
    }
    if (access !== 'authenticated' && !request.actor.permissions.has(access)) {
      throw new AppError('FORBIDDEN', `permission ${access} required`);
    }
  });
}

/** The authenticated caller of a non-public route (the onRequest hook guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'log in first');
  return request.actor;
}
