import { AppError, ComplianceSettingsSchema, type ComplianceSettings } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { putSetting } from '../../../platform/settings/settings.repository';
import { COMPLIANCE_SETTINGS_KEY, readComplianceSettings } from './settings-read';

/**
 * Replaces the settings. They hold for the whole installation (every region's rates and leads), so
 * only a province-wide administrator changes them; audited with the values before and after.
 */
export async function putComplianceSettings(
  { db, clock }: ServiceDeps,
  actor: Actor,
  body: ComplianceSettings,
): Promise<ComplianceSettings> {
  if (actor.scope !== 'all')
    throw new AppError(
      'FORBIDDEN',
      'the compliance settings hold for every unit: changing them needs province-wide scope',
    );
  return db.transaction().execute(async (trx) => {
    const before = await readComplianceSettings(trx);
    const after = ComplianceSettingsSchema.parse(body);
    await putSetting(trx, COMPLIANCE_SETTINGS_KEY, JSON.stringify(after), clock.now().toISOString());
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'compliance.settings.put',
      entityType: 'setting',
      entityId: COMPLIANCE_SETTINGS_KEY,
      before,
      after,
    });
    return after;
  });
}
