import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddDisclosureUnitBodySchema,
  AnnualPrefillSchema,
  CreditDueItemSchema,
  DisclosureListSchema,
  DisclosureReportQuerySchema,
  DisclosureReportRowSchema,
  FileAnnualBodySchema,
  FileTemporaryBodySchema,
  IdSchema,
  MarkBodySchema,
  PublicDisclosureListSchema,
  PublicQuerySchema,
  PublishListBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { requireAny, todayOf } from '../shared/credit-context';
import { creditDue } from './credit-due.service';
import { addMark, addUnit, buildList, getList, stepList } from './disclosure-list.service';
import { annualPrefill, fileAnnual, fileTemporary, listReports, publicDisclosures } from './reports.service';

const tags = ['credit'];
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const regionQuery = z.object({
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Legal disclosure: the yearly list, the reports owed and filed, what falls due, the portal's reports. */
export function disclosureRoutes({ db, clock, config }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  const publicAccess = {
    access: 'public' as const,
    rateLimit: { max: config.publicRateLimit, timeWindow: '1 minute' },
  };
  return async (app) => {
    app.get(
      '/credit/disclosure/lists/:year',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'The list of the year with its units in scope',
          params: yearParams,
          querystring: regionQuery,
          response: { 200: DisclosureListSchema },
        },
      },
      async (request) => getList(deps, actorOf(request), request.params.year, request.query.regionCode),
    );
    app.post(
      '/credit/disclosure/lists/:year/build',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Build (or rebuild, while a draft) the list from the record',
          params: yearParams,
          body: regionQuery,
          response: { 200: DisclosureListSchema },
        },
      },
      async (request) => buildList(deps, actorOf(request), request.params.year, request.body.regionCode),
    );
    app.post(
      '/credit/disclosure/lists/:year/publish',
      {
        config: { access: 'credit:review' },
        schema: {
          tags,
          summary: 'Publish the list for 10 working days of notice (ending by 31 March)',
          params: yearParams,
          body: PublishListBodySchema.extend(regionQuery.shape),
          response: { 200: DisclosureListSchema },
        },
      },
      async (request) =>
        stepList(
          deps,
          actorOf(request),
          request.params.year,
          'publish',
          request.body.noticeFrom,
          request.body.regionCode,
        ),
    );
    app.post(
      '/credit/disclosure/lists/:year/fix',
      {
        config: { access: 'credit:review' },
        schema: {
          tags,
          summary: 'Fix the list after its notice',
          params: yearParams,
          body: regionQuery,
          response: { 200: DisclosureListSchema },
        },
      },
      async (request) =>
        stepList(deps, actorOf(request), request.params.year, 'fix', undefined, request.body.regionCode),
    );
    app.post(
      '/credit/disclosure/lists/:year/units',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Add a unit by hand (a ground the record lacks)',
          params: yearParams,
          body: AddDisclosureUnitBodySchema,
          response: { 200: DisclosureListSchema },
        },
      },
      async (request) => addUnit(deps, actorOf(request), request.params.year, request.body),
    );
    app.post(
      '/credit/disclosure/marks',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Mark a listed company, bond issuer, accepted audit or trigger',
          body: MarkBodySchema,
          response: { 201: z.object({ id: IdSchema }) },
        },
      },
      async (request, reply) => reply.code(201).send(await addMark(deps, actorOf(request), request.body)),
    );
    app.get(
      '/credit/disclosure/reports',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Annual and temporary reports owed, filed, late or overdue',
          querystring: DisclosureReportQuerySchema,
          response: { 200: z.object({ items: z.array(DisclosureReportRowSchema) }) },
        },
      },
      async (request) => listReports(deps, actorOf(request), request.query),
    );
    app.get(
      '/credit/disclosure/annual/:enterpriseId/:year',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'The annual report pre-filled from the record',
          params: yearParams.extend({ enterpriseId: IdSchema }),
          response: { 200: AnnualPrefillSchema },
        },
      },
      async (request) => annualPrefill(deps, actorOf(request), request.params.enterpriseId, request.params.year),
    );
    app.post(
      '/credit/disclosure/annual',
      {
        config: { access: 'credit:disclose' },
        schema: {
          tags,
          summary: 'The enterprise files its annual report',
          body: FileAnnualBodySchema,
          response: { 201: DisclosureReportRowSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await fileAnnual(deps, actorOf(request), request.body)),
    );
    app.post(
      '/credit/disclosure/temporary',
      {
        config: { access: 'credit:disclose' },
        schema: {
          tags,
          summary: 'The enterprise files a temporary report on an event',
          body: FileTemporaryBodySchema,
          response: { 201: DisclosureReportRowSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await fileTemporary(deps, actorOf(request), request.body)),
    );
    app.get(
      '/credit/due',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Disclosure reports and list/rating steps falling due (as `ecocloud credit due`)',
          querystring: z.object({ on: Day.optional(), within: z.coerce.number().int().min(0).max(3660).default(30) }),
          response: { 200: z.object({ on: Day, items: z.array(CreditDueItemSchema) }) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        requireAny(actor, ['credit:read', 'credit:disclose']);
        const on = request.query.on ?? todayOf(deps);
        return { on, items: await creditDue(deps, actor, on, { within: request.query.within, overdue: true }) };
      },
    );
    app.get(
      '/public/credit/disclosures',
      {
        config: publicAccess,
        schema: {
          tags: ['public'],
          summary: 'Filed disclosure reports (portal), by name or credit code',
          querystring: PublicQuerySchema,
          response: { 200: PublicDisclosureListSchema },
        },
      },
      async (request) => publicDisclosures(deps, request.query),
    );
  };
}
