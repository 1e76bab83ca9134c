import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import type { Locale } from '../../i18n/locale';
import { daysBetween, LABEL_GROUPS, label, periodText, type LabelGroup } from './labels';

const HAN = /[\u4e00-\u9fff]/;

describe.each<Locale>(['zh-CN', 'en'])('every enum value of the register has words in %s', (locale) => {
  const i18n = createI18n(locale);
  it.each(Object.keys(LABEL_GROUPS) as LabelGroup[])('%s', (group) => {
    const values = LABEL_GROUPS[group] as readonly string[];
    expect(values.length).toBeGreaterThan(0);
    const missing = values.filter(
      (v) => typeof i18n.getResource(locale, 'translation', `sources.${group}.${v}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});

describe('zh-CN labels', () => {
  const t = createI18n('zh-CN').t;
  it('are Chinese words, never the code itself', () => {
    for (const group of Object.keys(LABEL_GROUPS) as LabelGroup[]) {
      for (const value of LABEL_GROUPS[group] as readonly unknown[] as readonly never[]) {
        const text = label(group, value, t);
        expect(text).not.toBe(value);
        expect(text).toMatch(HAN);
      }
    }
  });

  it('word the category, outlet kind and renewal state as the regulation does', () => {
    expect(label('categories', 'key', t)).toBe('重点管理');
    expect(label('outletKinds', 'gas', t)).toBe('废气');
    expect(label('eventKinds', 'renewed', t)).toBe('延续');
  });
});

describe('periodText', () => {
  const t = createI18n('zh-CN').t;
  it('reads every period key shape', () => {
    expect(periodText('2025', t)).toBe('2025 年度');
    expect(periodText('2025H1', t)).toBe('2025 年上半年');
    expect(periodText('2025H2', t)).toBe('2025 年下半年');
    expect(periodText('2025Q3', t)).toBe('2025 年第 3 季度');
    expect(periodText('2025-07', t)).toBe('2025 年 7 月');
  });
  it('shows an unknown shape as sent', () => {
    expect(periodText('FY25', t)).toBe('FY25');
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative backwards, across a month end and a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
  });
});

describe('the register forms’ words', () => {
  const zh = createI18n('zh-CN');
  const en = createI18n('en');
  const FORM_GROUPS = ['outletForm', 'permitForm', 'limitsForm', 'contact', 'overrides'] as const;
  const leaves = (node: unknown, prefix: string): string[] =>
    typeof node === 'object' && node !== null
      ? Object.entries(node).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`))
      : [prefix];

  it.each(FORM_GROUPS)('%s has the same keys in both languages, Chinese in zh-CN', (group) => {
    const zhKeys = leaves(zh.getResource('zh-CN', 'translation', `sources.${group}`), group);
    const enKeys = leaves(en.getResource('en', 'translation', `sources.${group}`), group);
    expect(zhKeys.length).toBeGreaterThan(1);
    expect(enKeys.sort()).toEqual([...zhKeys].sort());
    for (const key of zhKeys) {
      const text = zh.t(`sources.${key}`, { permitNo: 'P1' });
      expect(text).toMatch(HAN);
      // Only the codes users type appear in Latin letters: outlet codes (DA/DW), period keys (H/Q).
      const latin = text.replace(/P1/g, '').match(/[A-Za-z]+/g) ?? [];
      expect(latin.filter((w) => !['DA', 'DW', 'H', 'Q'].includes(w))).toEqual([]);
    }
  });

  it('words every source type and standard of packages/standards, as the standards do in Chinese', async () => {
    const { OXYGEN_SOURCE_TYPE_LABELS, OXYGEN_STANDARDS } = await import('@ecocloud/standards');
    for (const [code, words] of Object.entries(OXYGEN_SOURCE_TYPE_LABELS)) {
      // The standards write half-width brackets; the catalogue full-width, as Chinese text does.
      expect(zh.t(`sources.oxygenSourceTypes.${code}`)).toBe(words.replace('(', '（').replace(')', '）'));
      expect(en.t(`sources.oxygenSourceTypes.${code}`)).not.toMatch(HAN);
    }
    for (const s of OXYGEN_STANDARDS) expect(zh.t(`sources.oxygenStandards.${s.id}`)).toBe(s.title);
  });
});
