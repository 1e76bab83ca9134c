import type { Enterprise } from '@ecocloud/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { daysBetween, LABEL_GROUPS, shanghaiToday } from '../labels';
import { EnterpriseTable } from './EnterpriseTable';

function enterprise(id: string, situation: Enterprise['permitSituation'], validTo: string | null): Enterprise {
  return {
    id,
    uscc: `9145010000000${id}X`,
    name: `单位${id}`,
    industryCode: '3011',
    industryLabel: '水泥制造',
    regionCode: '450200',
    regionName: '柳州市',
    address: '',
    lon: null,
    lat: null,
    category: 'simplified',
    keyListYear: 2026,
    keyListTypes: ['soil', 'risk'],
    legalRepresentative: '',
    contacts: [],
    status: 'operating',
    regulatorOrgId: 'org',
    regulatorOrgName: null,
    enterpriseOrgId: null,
    permitSituation: situation,
    permitValidTo: validTo,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('EnterpriseTable', () => {
  it('tags each permit situation in Chinese and counts the days left in the renewal window', () => {
    const soon = new Date(Date.parse(`${shanghaiToday()}T00:00:00Z`) + 25 * 86_400_000).toISOString().slice(0, 10);
    const rows = [
      enterprise('1', 'renewal_window', soon),
      enterprise('2', 'expired', '2020-01-01'),
      enterprise('3', 'none', null),
    ];
    renderWithProviders(
      <EnterpriseTable
        enterprises={rows}
        total={3}
        loading={false}
        page={1}
        pageSize={20}
        sort={{}}
        onPage={() => undefined}
      />,
      { locale: 'zh-CN' },
    );
    expect(screen.getByTestId('situation-1').textContent).toBe(
      `临近到期 · 距到期 ${daysBetween(shanghaiToday(), soon)} 天`,
    );
    expect(screen.getByTestId('situation-1').className).toContain('warning');
    expect(screen.getByTestId('situation-2').textContent).toBe('已过期');
    expect(screen.getByTestId('situation-3').textContent).toBe('无证');
    const text = screen.getByTestId('enterprise-table').textContent ?? '';
    expect(text).toContain('简化管理');
    expect(text).toContain('土壤环境、环境风险');
    const codes = new Set<string>(Object.values(LABEL_GROUPS).flatMap((values) => [...values]));
    expect(text.split(/[^A-Za-z_]+/).filter((w) => codes.has(w))).toEqual([]);
  });
});
