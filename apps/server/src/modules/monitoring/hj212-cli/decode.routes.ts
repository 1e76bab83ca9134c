import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps';
import { inspectFrames } from './inspect';

/** The packet inspector: HJ 212 text decoded as the `ecocloud hj212 decode` command does. */
export function decodeRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/hj212/decode',
      {
        config: { access: 'devices:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Packet inspector: decode HJ 212 text as `ecocloud hj212 decode` does',
          body: z.object({
            text: z.string().min(1).max(200_000),
            crcMode: z.enum(['hj212', 'modbus', 'modbus-swapped']).default('hj212'),
            strict: z.boolean().default(false),
          }),
          response: { 200: z.object({ lines: z.array(z.record(z.string(), z.unknown())) }) },
        },
      },
      async (request) => ({
        lines: inspectFrames(request.body.text, {
          crcMode: request.body.crcMode,
          strict: request.body.strict,
        }) as unknown as Record<string, unknown>[],
      }),
    );
  };
}
