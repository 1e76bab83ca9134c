import { ComplianceSettingsSchema, type ComplianceSettings } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { readSetting } from '../../../platform/settings/setting-reads';

/** The app_settings key of the compliance settings (JSON of the contracts' ComplianceSettings shape). */
export const COMPLIANCE_SETTINGS_KEY = 'compliance.settings';

/**
 * ⚠ Defaults while an administrator has set nothing: 有效传输率 as transmission × valid rate, a lead after 4
 * hours without data, a day below 90 % transmission raises a lead, pH lower bound 6 (GB 8978-1996 表4: 6–9)
 * where a permit names only the upper one.
 */
const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = {
  transmissionFormula: 'product',
  missingDataHours: 4,
  transmissionAlertPercent: 90,
  phMin: 6,
};

/**
 * The compliance settings in force: each stored field over its default. A stored value that is not JSON,
 * or a field outside its bounds, falls back to the default (a bad setting must not stop the judgement).
 */
export async function readComplianceSettings(db: Kysely<Database>): Promise<ComplianceSettings> {
  const raw = await readSetting(db, COMPLIANCE_SETTINGS_KEY);
  if (raw === undefined) return DEFAULT_COMPLIANCE_SETTINGS;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return DEFAULT_COMPLIANCE_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_COMPLIANCE_SETTINGS;
  const out: Record<string, unknown> = { ...DEFAULT_COMPLIANCE_SETTINGS };
  const fields = ComplianceSettingsSchema.shape;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as ComplianceSettings;
}
