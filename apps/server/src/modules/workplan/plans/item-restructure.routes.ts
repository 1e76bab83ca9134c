import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, ItemSchema, MergeItemsBodySchema, SplitItemBodySchema, listSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { mergeItems } from './item-merge.service';
import { splitItem } from './item-split.service';

const tags = ['workplan'];

/** Splitting an item into siblings and merging siblings into one (workplan:write, within the caller's reach, audited). */
export function itemRestructureRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/workplan/items/:id/split',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary:
            'Split an item into sibling items at its place; the first part keeps the item with its children, indicators and reports',
          params: IdParamsSchema,
          body: SplitItemBodySchema,
          response: { 200: listSchema(ItemSchema) },
        },
      },
      async (request) => {
        const items = await splitItem(deps, actorOf(request), request.params.id, request.body);
        return { items, total: items.length };
      },
    );

    app.post(
      '/workplan/items/:id/merge',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary:
            'Merge sibling items into this one: their children, indicators, reports and notices move to it, then they are deleted',
          params: IdParamsSchema,
          body: MergeItemsBodySchema,
          response: { 200: ItemSchema },
        },
      },
      async (request) => mergeItems(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
