import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUserBodySchema,
  IdParamsSchema,
  RoleSchema,
  UpdateUserBodySchema,
  UserListQuerySchema,
  UserSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { listRoles } from './roles';
import { createUser, listUsers, unlockUser, updateUser } from './users.service';

export function usersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/users',
      {
        config: { access: 'users:read' },
        schema: {
          tags: ['users'],
          summary: "Users within the caller's scope",
          querystring: UserListQuerySchema,
          response: { 200: listSchema(UserSchema) },
        },
      },
      async (request) => listUsers(deps, actorOf(request), request.query),
    );

    app.post(
      '/users',
      {
        config: { access: 'users:write' },
        schema: {
          tags: ['users'],
          summary: 'Create a user in an organisation in scope',
          body: CreateUserBodySchema,
          response: { 201: UserSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createUser(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/users/:id',
      {
        config: { access: 'users:write' },
        schema: {
          tags: ['users'],
          summary: "Change a user's name, roles, organisation or active flag",
          params: IdParamsSchema,
          body: UpdateUserBodySchema,
          response: { 200: UserSchema },
        },
      },
      async (request) => updateUser(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );

    app.post(
      '/users/:id/unlock',
      {
        config: { access: 'users:write' },
        schema: { tags: ['users'], summary: 'Lift a lockout', params: IdParamsSchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await unlockUser(deps, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/roles',
      {
        config: { access: 'roles:read' },
        schema: {
          tags: ['users'],
          summary: 'Roles with their scope and permissions',
          response: { 200: listSchema(RoleSchema) },
        },
      },
      async () => {
        const items = await listRoles(db);
        return { items, total: items.length };
      },
    );
  };
}
