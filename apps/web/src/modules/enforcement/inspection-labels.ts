import { MANUAL_SPECIAL_CRITERIA, NON_SITE_CHECKS, OBJECT_LIBRARIES } from '@ecocloud/contracts';
import type { TFunction } from 'i18next';

/** The codes the inspection pages show, with their i18n group under `enforcement.inspections.` (labels tested in both languages). */
export const INSPECTION_CODE_GROUPS = {
  libraries: OBJECT_LIBRARIES,
  methods: ['site_visit', 'non_site'],
  checks: NON_SITE_CHECKS,
  criteria: MANUAL_SPECIAL_CRITERIA,
} as const satisfies Record<string, readonly string[]>;

const worded = (t: TFunction, key: string, fallback: string) =>
  t(`enforcement.inspections.${key}`, { defaultValue: fallback });

export const libraryText = (library: string, t: TFunction) => worded(t, `libraries.${library}`, library);
export const criterionText = (c: string, t: TFunction) => worded(t, `criteria.${c}`, c);

/** How a unit is checked: 现场检查, or the non-site checks by name (在线监测数据、视频监控). */
export function methodText(method: string, checks: readonly string[], t: TFunction): string {
  if (method !== 'non_site' || checks.length === 0) return worded(t, `methods.${method}`, method);
  const names = checks.map((c) => worded(t, `checks.${c}`, c)).join(t('enforcement.inspections.listSeparator'));
  return t('enforcement.inspections.nonSiteWith', { checks: names });
}

export const LIBRARY_COLORS: Record<string, string> = { key: 'red', special: 'orange', general: 'default' };

/** Published or not, in words (the day it was). */
export function publishedText(plan: { publishedAt: string | null }, t: TFunction): string {
  return plan.publishedAt
    ? t('enforcement.inspections.publishedOn', { date: plan.publishedAt.slice(0, 10) })
    : t('enforcement.inspections.notPublished');
}
