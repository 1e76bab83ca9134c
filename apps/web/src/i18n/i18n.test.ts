import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { en } from './en';
import { zhCN } from './zh-cn';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zhCN).sort());
  });

  it('has no empty translation', () => {
    for (const messages of [zhCN, en]) {
      const empty = leafKeys(messages).filter((key) => {
        const leaf = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof leaf !== 'string' || leaf.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('translates keys that contain a colon (permission codes)', () => {
    const i18n = createI18n('en');
    expect(i18n.t('permissions.orgs:read')).toBe('View organisations');
    void i18n.changeLanguage('zh-CN');
    expect(i18n.t('permissions.orgs:read')).toBe('查看组织');
  });
});
