import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AmountsQuerySchema,
  ComplianceDaySchema,
  ComplianceHourSchema,
  ComplianceRangeQuerySchema,
  EnterpriseAmountsSchema,
  EnterpriseComplianceSchema,
  ExceedanceEventSchema,
  ExceedancesQuerySchema,
  IdSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { enterpriseAmounts } from '../amounts/amounts.service';
import { enterpriseCompliance, listExceedances, outletDays, outletHours } from './compliance-views.service';

const tags = ['compliance'];

/** Judged hours and days, exceedance events, per-enterprise figures and amounts, all through the register's scope. */
export function complianceRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance/outlets/:outletId/hours',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: "An outlet's judged clock hours per limited pollutant (valid minutes, mean, 折算, exceedance)",
          params: z.object({ outletId: IdSchema }),
          querystring: ComplianceRangeQuerySchema,
          response: { 200: z.object({ items: z.array(ComplianceHourSchema) }) },
        },
      },
      async (request) => outletHours({ db }, actorOf(request), request.params.outletId, request.query),
    );
    app.get(
      '/compliance/outlets/:outletId/days',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary:
            "An outlet's judged Shanghai days per pollutant (water: the daily-mean judgement; every outlet: daily amounts)",
          params: z.object({ outletId: IdSchema }),
          querystring: ComplianceRangeQuerySchema,
          response: { 200: z.object({ items: z.array(ComplianceDaySchema) }) },
        },
      },
      async (request) => outletDays({ db }, actorOf(request), request.params.outletId, request.query),
    );
    app.get(
      '/compliance/enterprises/:enterpriseId/amounts',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: "An enterprise's emitted amounts by month against the permitted annual amounts, with the projection",
          params: z.object({ enterpriseId: IdSchema }),
          querystring: AmountsQuerySchema,
          response: { 200: EnterpriseAmountsSchema },
        },
      },
      async (request) =>
        enterpriseAmounts({ db, clock }, actorOf(request), request.params.enterpriseId, request.query.year),
    );
    app.get(
      '/compliance/exceedances',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: 'Exceedance events (runs of consecutive exceeding hours) overlapping the range, in scope',
          querystring: ExceedancesQuerySchema,
          response: { 200: z.object({ items: z.array(ExceedanceEventSchema) }) },
        },
      },
      async (request) => ({ items: await listExceedances({ db }, actorOf(request), request.query) }),
    );
    app.get(
      '/compliance/enterprises/:enterpriseId/summary',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: "An enterprise's judged hours, valid-hour rate and exceedance hours in the range",
          params: z.object({ enterpriseId: IdSchema }),
          querystring: ComplianceRangeQuerySchema,
          response: { 200: EnterpriseComplianceSchema },
        },
      },
      async (request) => enterpriseCompliance({ db }, actorOf(request), request.params.enterpriseId, request.query),
    );
  };
}
