import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PublicComplaintBodySchema,
  PublicComplaintReceiptSchema,
  PublicComplaintStatusSchema,
  PublicHandoverListSchema,
  PublicHandoverQuerySchema,
  PublicRatingBodySchema,
  PublicReviewBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { intakePublic } from '../reports/intake.service';
import { handoverPublication } from './handover-publication.service';
import { publicStatus, rateAnswer, requestReReview, requestReview } from './public-complaints.service';

/** Any text up to 40 characters: a malformed code gets the same 404 as an unknown one, not a 400 that tells them apart. */
const params = z.object({ code: z.string().max(40) });

/** The portal: file a report, look it up by its tracking code, rate the answer, ask for 复查. No login; rate-limited. */
export function publicComplaintsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const config = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  const tags = ['public'];
  return async (app) => {
    app.post(
      '/public/complaints',
      {
        config,
        bodyLimit: 5 * 1024 * 1024,
        schema: {
          tags,
          summary: 'File a report (what, where, when, photos, contact or anonymous); answers the tracking code',
          body: PublicComplaintBodySchema,
          response: { 201: PublicComplaintReceiptSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await intakePublic(deps, request.body)),
    );
    // Registered before `/:code`: Fastify prefers the static segment anyway, this keeps the reading order.
    app.get(
      '/public/complaints/handovers',
      {
        config,
        schema: {
          tags,
          summary: '交办件 daily publication: the answered reports of a batch on a day (kind, region, result, answer)',
          querystring: PublicHandoverQuerySchema,
          response: { 200: PublicHandoverListSchema },
        },
      },
      async (request) => handoverPublication(deps, request.query),
    );
    app.get(
      '/public/complaints/:code',
      {
        config,
        schema: {
          tags,
          summary: 'The status and published answer of one report by its tracking code; nothing else',
          params,
          response: { 200: PublicComplaintStatusSchema },
        },
      },
      async (request) => publicStatus(deps, request.params.code),
    );
    app.post(
      '/public/complaints/:code/rating',
      {
        config,
        schema: {
          tags,
          summary: 'Rate the answer (once)',
          params,
          body: PublicRatingBodySchema,
          response: { 200: PublicComplaintStatusSchema },
        },
      },
      async (request) => rateAnswer(deps, request.params.code, request.body),
    );
    app.post(
      '/public/complaints/:code/review',
      {
        config,
        schema: {
          tags,
          summary: 'Ask for 复查 of a petition answer within 30 days of the reply, after rating it unsatisfied',
          params,
          body: PublicReviewBodySchema,
          response: { 200: PublicComplaintStatusSchema },
        },
      },
      async (request) => requestReview(deps, request.params.code, request.body),
    );
    app.post(
      '/public/complaints/:code/rereview',
      {
        config,
        schema: {
          tags,
          summary: 'Ask for 复核 of a petition within 30 days of the 复查 answer',
          params,
          body: PublicReviewBodySchema,
          response: { 200: PublicComplaintStatusSchema },
        },
      },
      async (request) => requestReReview(deps, request.params.code, request.body),
    );
  };
}
