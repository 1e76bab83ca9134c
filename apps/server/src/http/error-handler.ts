import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, type ErrorCode, type ErrorDetails } from '@ecocloud/contracts';

/** The bounds and kinds of zod's issue parameters the web's wording uses. */
const ISSUE_PARAMS = ['minimum', 'maximum', 'inclusive', 'origin', 'format', 'expected'] as const;

function issueParams(params: unknown): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  if (typeof params !== 'object' || params === null) return out;
  for (const key of ISSUE_PARAMS) {
    const v = (params as Record<string, unknown>)[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
    else if (typeof v === 'bigint') out[key] = Number(v);
  }
  return out;
}

/** Fastify's own error codes that map onto our catalogue. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** One handler turns every error into `{ error: { code, message, details?, requestId } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const requestId = request.id;
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, details: err.details, requestId } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // One invalid field each: `code` (a FIELD_ISSUE_CODES entry) and `params` let the web word it; `message` is zod's English.
      const details: ErrorDetails = err.validation.map((v) => ({
        path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
        code: v.keyword,
        params: issueParams(v.params),
      }));
      const first = details[0];
      const message = first ? `invalid ${first.path}: ${first.message}` : 'invalid request';
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details, requestId } });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'RATE_LIMITED', message: 'too many requests, retry later', requestId } });
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) {
      return reply.status(ERROR_CATALOGUE[mapped]).send({ error: { code: mapped, message: err.message, requestId } });
    }
    if (!isResponseSerializationError(err) && err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: 'BAD_REQUEST', message: err.message, requestId } });
    }
    request.log.error({ err, requestId }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'internal error; quote the request id to support', requestId } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
        requestId: request.id,
      },
    }),
  );
}
