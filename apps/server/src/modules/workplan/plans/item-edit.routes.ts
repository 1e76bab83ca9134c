import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkAssignBodySchema,
  IdParamsSchema,
  IndicatorInputSchema,
  IndicatorSchema,
  ItemSchema,
  MoveItemBodySchema,
  UpdateIndicatorBodySchema,
  UpdateItemBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import * as edit from './item-edit.service';

const tags = ['workplan'];
const StoredIndicatorSchema = IndicatorSchema.omit({ latest: true });

/** Editing a plan after import: items, indicators, bulk assignment (workplan:write, within the caller's reach, audited). */
export function itemEditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/workplan/items/:id',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: "Edit an item: only the fields sent change (units and regions replace the item's lists)",
          params: IdParamsSchema,
          body: UpdateItemBodySchema,
          response: { 200: ItemSchema },
        },
      },
      async (request) => edit.updateItem(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/workplan/items/:id/move',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Move an item with its branch under another parent of its plan (null: top level)',
          params: IdParamsSchema,
          body: MoveItemBodySchema,
          response: { 200: ItemSchema },
        },
      },
      async (request) => edit.moveItem(deps, actorOf(request), request.params.id, request.body),
    );

    app.delete(
      '/workplan/items/:id',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Delete an item with its branch (409 when reports were filed on it)',
          params: IdParamsSchema,
          response: { 200: z.object({ deleted: z.number().int() }) },
        },
      },
      async (request) => edit.deleteItem(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/workplan/items/:id/indicators',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Add an indicator to an item',
          params: IdParamsSchema,
          body: IndicatorInputSchema,
          response: { 201: StoredIndicatorSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await edit.addIndicator(deps, actorOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/workplan/indicators/:id',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Edit an indicator: only the fields sent change',
          params: IdParamsSchema,
          body: UpdateIndicatorBodySchema,
          response: { 200: StoredIndicatorSchema },
        },
      },
      async (request) => edit.updateIndicator(deps, actorOf(request), request.params.id, request.body),
    );

    app.delete(
      '/workplan/indicators/:id',
      {
        config: { access: 'workplan:write' },
        schema: { tags, summary: 'Delete an indicator', params: IdParamsSchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await edit.deleteIndicator(deps, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/workplan/plans/:id/items/assign',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Set the lead units and/or the deadline of many items of a plan (all or nothing)',
          params: IdParamsSchema,
          body: BulkAssignBodySchema,
          response: { 200: z.object({ updated: z.number().int() }) },
        },
      },
      async (request) => edit.bulkAssign(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
