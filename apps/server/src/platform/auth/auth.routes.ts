import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordBodySchema, LoginBodySchema, SessionSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { SESSION_COOKIE, changePassword, login, logout, toMe } from './auth.service';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.config.secureCookies };

    app.post(
      '/auth/login',
      {
        config: { access: 'public', rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Log in with username and password',
          body: LoginBodySchema,
          response: { 200: SessionSchema },
        },
      },
      async (request, reply) => {
        const { token, csrfToken, actor } = await login(deps, {
          username: request.body.username,
          password: request.body.password,
          req: { ip: request.ip, requestId: request.id },
        });
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: deps.config.sessionTtlMs / 1000 });
        return { user: toMe(actor), csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'End the session' } },
      async (request, reply) => {
        await logout(deps, actorOf(request), { token: request.cookies[SESSION_COOKIE] ?? '' });
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: 'authenticated' },
        schema: { tags: ['auth'], summary: 'The current session', response: { 200: SessionSchema } },
      },
      async (request) => ({ user: toMe(actorOf(request)), csrfToken: request.csrfToken ?? '' }),
    );

    app.post(
      '/auth/password',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['auth'],
          summary: 'Change own password',
          body: ChangePasswordBodySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const { currentPassword, newPassword } = request.body;
        await changePassword(deps, actorOf(request), {
          currentPassword,
          newPassword,
          keepToken: request.cookies[SESSION_COOKIE] ?? '',
        });
        return reply.status(204).send(null);
      },
    );
  };
}
