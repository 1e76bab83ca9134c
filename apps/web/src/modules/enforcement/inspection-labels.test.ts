import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import type { Locale } from '../../i18n/locale';
import { INSPECTION_CODE_GROUPS, libraryText, methodText } from './inspection-labels';

const has = (locale: Locale, key: string) =>
  typeof createI18n(locale).getResource(locale, 'translation', key) === 'string';

describe.each<Locale>(['zh-CN', 'en'])('every inspection code has words in %s', (locale) => {
  it.each(Object.keys(INSPECTION_CODE_GROUPS) as (keyof typeof INSPECTION_CODE_GROUPS)[])('%s', (group) => {
    const codes: readonly string[] = INSPECTION_CODE_GROUPS[group];
    expect(codes.filter((c) => !has(locale, `enforcement.inspections.${group}.${c}`))).toEqual([]);
  });
});

describe('inspection labels (zh-CN)', () => {
  const t = createI18n('zh-CN').t;
  it('name the libraries and check methods in Chinese, the non-site checks listed', () => {
    expect(libraryText('key', t)).toBe('重点排污单位');
    expect(methodText('site_visit', [], t)).toBe('现场检查');
    expect(methodText('non_site', ['online_data', 'video'], t)).toBe('非现场检查（在线监测数据、视频监控）');
  });
  it('keep an unknown code as sent rather than blank (a newer server)', () => {
    expect(libraryText('someday', t)).toBe('someday');
  });
});
