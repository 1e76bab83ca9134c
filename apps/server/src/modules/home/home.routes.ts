import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MyWorkSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { myWork } from './home.service';

/** GET /me/work: what the signed-in user owes (any role; each part needs the permission it reads with). */
export function homeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/me/work',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['platform'],
          summary:
            "The caller's own work: reports due, notices to answer, reports to review, alerts and targets at risk in scope",
          response: { 200: MyWorkSchema },
        },
      },
      async (request) => myWork(deps, actorOf(request)),
    );
  };
}
