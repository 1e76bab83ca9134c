import { LEAD_KINDS, LEAD_STATUSES, type Lead, type LeadStatus } from '@ecocloud/contracts';
import type { SignKind } from '@ecocloud/standards';
import type { TFunction } from 'i18next';

/** Every detector kind of @ecocloud/standards: a kind added there without words here does not compile. */
const SIGN_KIND_SET: Record<SignKind, true> = {
  constant: true,
  o2_constant: true,
  zero_or_negative: true,
  identical_values: true,
  o2_out_of_range: true,
  flag_while_operating: true,
  gap_at_high_load: true,
  reported_hourly_mismatch: true,
  reported_converted_mismatch: true,
  cluster_under_limit: true,
};
const SIGN_KINDS = Object.keys(SIGN_KIND_SET) as SignKind[];

/** The codes the server sends, with the i18n group that words them (compliance-labels.test.ts checks both languages). */
export const CODE_GROUPS = {
  leadKinds: LEAD_KINDS,
  statuses: LEAD_STATUSES,
  signKinds: SIGN_KINDS,
  signDescriptions: SIGN_KINDS,
} as const satisfies Record<string, readonly string[]>;

/** The words behind `compliance.<group>.<code>`, or what the server sent when there are none. */
function worded(t: TFunction, key: string, fallback: string, values: Record<string, unknown> = {}): string {
  return t(`compliance.${key}`, { ...values, defaultValue: fallback });
}

/**
 * A pollutant code in words: as sent first (`Co` cobalt is not `CO` carbon monoxide), then lower-cased
 * (`SO2`, `NH3_N`); an unknown code as sent.
 */
export function pollutantText(code: string, t: TFunction): string {
  if (!code) return t('common.none');
  return worded(t, `pollutants.${code}`, worded(t, `pollutants.${code.toLowerCase()}`, code));
}

/** What a lead is: the detector's kind for a sign (数值长时间恒定), else its kind (超标). */
export function leadKindText(lead: Pick<Lead, 'kind' | 'signKind'>, t: TFunction): string {
  if (lead.signKind) return worded(t, `signKinds.${lead.signKind}`, worded(t, `leadKinds.${lead.kind}`, lead.kind));
  return worded(t, `leadKinds.${lead.kind}`, lead.kind);
}

export function statusText(status: string, t: TFunction): string {
  return worded(t, `statuses.${status}`, status);
}

/** The act a lead may indicate, by its sign kind then its kind; the server's own text when neither is known. */
export function actText(lead: Pick<Lead, 'kind' | 'signKind' | 'act'>, t: TFunction): string {
  const byKind = worded(t, `acts.${lead.kind}`, lead.act);
  return lead.signKind ? worded(t, `acts.${lead.signKind}`, byKind) : byKind;
}

/** What the person should look at for a sign (empty for other kinds and unknown detectors). */
export function signDescription(signKind: string, t: TFunction): string {
  return signKind ? worded(t, `signDescriptions.${signKind}`, '') : '';
}

/**
 * The note of a judged hour or day: `;`-separated codes, a code with its parameter after a colon
 * (`SPECIAL_PERIOD:重污染天气`) or a space (`HEAVY_METAL_REFERRAL ≥3× 法释〔2023〕7号 …`, the citation kept).
 * An unknown code is shown as sent.
 */
export function noteText(note: string, t: TFunction): string {
  return note
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([A-Z][A-Z0-9_]*)(?::(.*)|\s+(.*))?$/s.exec(part);
      if (!m) return part;
      const [, code = '', param, rest] = m;
      const words = worded(t, `notes.${code}`, '', { name: param ?? '' });
      if (!words) return part;
      return rest ? `${words}（${rest}）` : words;
    })
    .join('；');
}

export const STATUS_COLORS: Record<LeadStatus, string> = {
  open: 'error',
  explanation_requested: 'warning',
  explained: 'processing',
  case_requested: 'purple',
  dismissed: 'default',
};

/** A rate of the statistics (already %, one decimal) as text; null reads as a dash. */
export function percentText(value: number | null | undefined, t: TFunction): string {
  return value === null || value === undefined ? t('common.none') : `${value.toFixed(1)}%`;
}

/** Kilograms as tonnes with three decimals (the permit's amounts are in t/a). */
export function tonnesText(kg: number | null | undefined, t: TFunction): string {
  return kg === null || kg === undefined ? t('common.none') : (kg / 1000).toFixed(3);
}
