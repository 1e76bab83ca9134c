import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateRatingRunBodySchema,
  DecideObjectionBodySchema,
  FileObjectionBodySchema,
  IdSchema,
  ManualScoresBodySchema,
  OpenObjectionsBodySchema,
  PublicQuerySchema,
  PublicRatingListSchema,
  RatingDetailSchema,
  RatingRunDetailSchema,
  RatingRunSchema,
  RatingSchemeSchema,
  SaveRatingSchemeBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { requireAny } from '../shared/credit-context';
import { decideObjection, fileObjection } from './objections.service';
import { publicRatings } from './public-ratings';
import { createRun, getRating, getRun, listRuns, myRatings, setManual, stepRun } from './runs.service';
import { saveScheme, schemeOf } from './scheme.service';

const tags = ['credit'];
const params = z.object({ id: IdSchema });

/** The rating: scheme, runs (draft → objections → review → published), ratings, objections, the portal's list. */
export function ratingRoutes({ db, clock, config }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  const publicAccess = {
    access: 'public' as const,
    rateLimit: { max: config.publicRateLimit, timeWindow: '1 minute' },
  };
  return async (app) => {
    app.get(
      '/credit/scheme',
      {
        config: { access: 'credit:read' },
        schema: {
          tags,
          summary: 'The newest rating scheme (indicators, vetoes, thresholds ⚠)',
          response: { 200: RatingSchemeSchema },
        },
      },
      async () => schemeOf(db),
    );
    app.post(
      '/credit/scheme',
      {
        config: { access: 'credit:review' },
        schema: {
          tags,
          summary: 'Save a new version of the scheme',
          body: SaveRatingSchemeBodySchema,
          response: { 201: RatingSchemeSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await saveScheme(deps, actorOf(request), request.body)),
    );
    app.get(
      '/credit/runs',
      {
        config: { access: 'credit:read' },
        schema: {
          tags,
          summary: 'Rating runs visible to the caller, with its level counts',
          response: { 200: z.object({ items: z.array(RatingRunSchema) }) },
        },
      },
      async (request) => listRuns(deps, actorOf(request)),
    );
    app.post(
      '/credit/runs',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Draft the rating of a year for the units that must be rated',
          body: CreateRatingRunBodySchema,
          response: { 201: RatingRunDetailSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createRun(deps, actorOf(request), request.body)),
    );
    app.get(
      '/credit/runs/:id',
      {
        config: { access: 'credit:read' },
        schema: { tags, summary: 'A run with the ratings in scope', params, response: { 200: RatingRunDetailSchema } },
      },
      async (request) => getRun(deps, actorOf(request), request.params.id),
    );
    for (const step of ['open_objections', 'review', 'publish'] as const)
      app.post(
        `/credit/runs/:id/${step.replace('_', '-')}`,
        {
          config: { access: step === 'open_objections' ? 'credit:write' : 'credit:review' },
          schema: {
            tags,
            summary: `Move the run on: ${step}`,
            params,
            body: OpenObjectionsBodySchema,
            response: { 200: RatingRunDetailSchema },
          },
        },
        async (request) =>
          stepRun(
            deps,
            actorOf(request),
            request.params.id,
            step,
            step === 'open_objections' ? request.body.from : undefined,
          ),
      );
    app.get(
      '/credit/ratings/mine',
      {
        config: { access: 'credit:disclose' },
        schema: {
          tags,
          summary: "The caller enterprise's ratings out of the draft",
          response: { 200: z.object({ items: z.array(RatingDetailSchema) }) },
        },
      },
      async (request) => myRatings(deps, actorOf(request)),
    );
    app.get(
      '/credit/ratings/:id',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'A rating with its indicators, vetoes and objections',
          params,
          response: { 200: RatingDetailSchema },
        },
      },
      async (request) => getRating(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/credit/ratings/:id/manual',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Hand scores and vetoes (draft or review)',
          params,
          body: ManualScoresBodySchema,
          response: { 200: RatingDetailSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await setManual(deps, actor, request.params.id, request.body);
        return getRating(deps, actor, request.params.id);
      },
    );
    app.post(
      '/credit/ratings/:id/objections',
      {
        config: { access: 'credit:disclose' },
        schema: {
          tags,
          summary: 'The enterprise objects inside the window',
          params,
          body: FileObjectionBodySchema,
          response: { 201: RatingDetailSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send((await fileObjection(deps, actorOf(request), request.params.id, request.body.text))!),
    );
    app.post(
      '/credit/objections/:id/decide',
      {
        config: { access: 'credit:review' },
        schema: {
          tags,
          summary: 'Decide an objection (upheld: the level is recomputed)',
          params,
          body: DecideObjectionBodySchema,
          response: { 200: RatingDetailSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        requireAny(actor, ['credit:review']);
        return (await decideObjection(deps, actor, request.params.id, request.body))!;
      },
    );
    app.get(
      '/public/credit/ratings',
      {
        config: publicAccess,
        schema: {
          tags: ['public'],
          summary: 'Published ratings (portal), by name or credit code',
          querystring: PublicQuerySchema,
          response: { 200: PublicRatingListSchema },
        },
      },
      async (request) => publicRatings(deps, request.query),
    );
  };
}
