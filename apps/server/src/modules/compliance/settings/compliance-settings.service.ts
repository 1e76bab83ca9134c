import { AppError, ComplianceSettingsSchema, type ComplianceSettings } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { readSetting } from '../../../platform/settings/setting-reads';
import { putSetting } from '../../../platform/settings/settings.repository';

/** The app_settings key of the compliance settings (⚠ data an administrator sets). */
const COMPLIANCE_SETTINGS_KEY = 'compliance.settings';

/**
 * The defaults: 有效传输率 as transmission × valid rate (the common provincial practice); 4 hours without
 * data raise a lead; a day under 90 % transmission raises a lead; pH 6 where a permit names only the top.
 */
const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = {
  transmissionFormula: 'product',
  missingDataHours: 4,
  transmissionAlertPercent: 90,
  phMin: 6,
};

/**
 * The settings in force: each stored field that is still valid over its default (a malformed or
 * partial stored value never stops the scan). ⚠ The judge reads the same key through its own reader
 * (compliance/settings-read.ts) with the same defaults.
 */
export async function readComplianceSettings(db: Kysely<Database>): Promise<ComplianceSettings> {
  const raw = await readSetting(db, COMPLIANCE_SETTINGS_KEY);
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw === undefined ? {} : JSON.parse(raw);
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // unreadable text: the defaults hold
  }
  const out: Record<string, unknown> = { ...DEFAULT_COMPLIANCE_SETTINGS };
  for (const [key, field] of Object.entries(ComplianceSettingsSchema.shape)) {
    const ok = field.safeParse(stored[key]);
    if (ok.success) out[key] = ok.data;
  }
  return out as ComplianceSettings;
}

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
