import type { Role } from '@ecocloud/contracts';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { roleLabel } from './api';

const roles: Role[] = [
  { code: 'city_officer', name: '市局干部', nameEn: 'City bureau officer', scope: 'subtree', permissions: [] },
];

describe('roleLabel', () => {
  it('names a role from the role list in the locale', () => {
    expect(roleLabel('city_officer', roles, 'zh-CN', createI18n('zh-CN').t)).toBe('市局干部');
    expect(roleLabel('city_officer', roles, 'en', createI18n('en').t)).toBe('City bureau officer');
  });

  it('names it from the catalogue when the user may not read the role list (never the bare code)', () => {
    expect(roleLabel('city_officer', undefined, 'zh-CN', createI18n('zh-CN').t)).toBe('市局干部');
    expect(roleLabel('city_officer', undefined, 'en', createI18n('en').t)).toBe('City bureau officer');
  });
});
