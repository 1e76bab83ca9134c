import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import {
  airOverHttp,
  aqiOverHttp,
  assertAnonymousRows,
  inputColumns,
  limitAnonymousBody,
  parseCsvBody,
  rememberColumns,
  sendCsv,
  waterOverHttp,
  wantsCsv,
} from './calc.http';
import {
  CalcAirBodySchema,
  CalcAirQuerySchema,
  CalcAirResultSchema,
  CalcAqiBodySchema,
  CalcAqiQuerySchema,
  CalcRowsResultSchema,
  CalcWaterBodySchema,
  CalcWaterQuerySchema,
} from './calc.schemas';

const MB = 1024 * 1024;
/**
 * Without login: 1 MiB bodies and 10,000 hourly rows. The larger limits below are for logged-in users:
 * a 28 MB anonymous body kept the event loop (and the HJ 212 gateway's acks in this process) busy.
 */
const ANONYMOUS_BODY_LIMIT = 1 * MB;
const ANONYMOUS_MAX_HOURLY_ROWS = 10_000;
const FORMATS = { consumes: ['application/json', 'text/csv'], produces: ['application/json', 'text/csv'] };

/**
 * The `ecocloud calc` computations over HTTP (HJ 633 AQI, GB 3838 water class, HJ 663 air evaluation).
 * Pure functions of the request: public, rate-limited, no database.
 */
export function calcRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const config = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  return async (app) => {
    // Scoped to this plugin: a CSV body is parsed into { rows } and then validated like JSON.
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, parseCsvBody);
    app.addHook('preParsing', limitAnonymousBody(ANONYMOUS_BODY_LIMIT));

    app.post(
      '/calc/aqi',
      {
        config,
        bodyLimit: 8 * MB,
        preValidation: rememberColumns,
        schema: {
          tags: ['calc'],
          ...FORMATS,
          querystring: CalcAqiQuerySchema,
          body: CalcAqiBodySchema,
          response: { 200: CalcRowsResultSchema },
          summary:
            'AQI of up to 10,000 rows (HJ 633-2012/2026): sub-indices, AQI, level, primary pollutants; CSV with Accept: text/csv',
        },
      },
      async (request, reply) => {
        const result = aqiOverHttp(request.body, request.query, inputColumns(request));
        return wantsCsv(request) ? sendCsv(reply, result) : { rows: result.rows, errors: result.errors };
      },
    );

    app.post(
      '/calc/water-class',
      {
        config,
        bodyLimit: 8 * MB,
        preValidation: rememberColumns,
        schema: {
          tags: ['calc'],
          ...FORMATS,
          querystring: CalcWaterQuerySchema,
          body: CalcWaterBodySchema,
          response: { 200: CalcRowsResultSchema },
          summary: 'GB 3838-2002 class of up to 10,000 samples: per item, overall, status, items worse than the target',
        },
      },
      async (request, reply) => {
        const result = waterOverHttp(request.body, request.query, inputColumns(request));
        return wantsCsv(request) ? sendCsv(reply, result) : { rows: result.rows, errors: result.errors };
      },
    );

    app.post(
      '/calc/air-evaluation',
      {
        // 200,000 hourly rows of ~130 bytes of JSON: 32 MB for this route only.
        config,
        bodyLimit: 32 * MB,
        schema: {
          tags: ['calc'],
          consumes: FORMATS.consumes,
          querystring: CalcAirQuerySchema,
          body: CalcAirBodySchema,
          response: { 200: CalcAirResultSchema },
          summary:
            'HJ 663 evaluation of up to 200,000 hourly rows (10,000 and 1 MiB without login): daily station and city values with daily AQI, city period statistics and ranking',
        },
      },
      async (request) => {
        assertAnonymousRows(request, request.body.rows.length, ANONYMOUS_MAX_HOURLY_ROWS);
        return airOverHttp(request.body, request.query);
      },
    );
  };
}
