import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComplianceSettingsSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { putComplianceSettings } from './compliance-settings.service';
import { readComplianceSettings } from './settings-read';

const tags = ['compliance'];

/** The compliance settings: every reader of the module sees them, an administrator changes them. */
export function complianceSettingsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance/settings',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary:
            'The compliance settings in force (有效传输率 formula, missing-data hours, transmission alert, pH floor)',
          response: { 200: ComplianceSettingsSchema },
        },
      },
      async () => readComplianceSettings(db),
    );
    app.put(
      '/compliance/settings',
      {
        config: { access: 'compliance:settings' },
        schema: {
          tags,
          summary: 'Replace the compliance settings (province-wide administrators; audited)',
          body: ComplianceSettingsSchema,
          response: { 200: ComplianceSettingsSchema },
        },
      },
      async (request) => putComplianceSettings({ db, clock }, actorOf(request), request.body),
    );
  };
}
