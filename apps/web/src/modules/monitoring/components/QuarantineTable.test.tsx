import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { createI18n } from '../../../i18n/create-i18n';
import type { QuarantineEntry } from '../types';
import { QuarantineTable } from './QuarantineTable';

const entry = (over: Partial<QuarantineEntry>): QuarantineEntry => ({
  id: 'q1',
  receivedAt: '2026-03-01T02:00:00.000Z',
  source: 'hj212',
  remote: '203.0.113.9:50123',
  mn: null,
  reasonCode: 'HJ212_BAD_LENGTH',
  reason: 'bytes outside a valid frame',
  raw: '##\r\n',
  count: 1,
  totalBytes: 4,
  lastReceivedAt: '2026-03-01T02:00:00.000Z',
  ...over,
});

describe('QuarantineTable', () => {
  it('shows how many inputs a row stands for: a run of junk is one row with its count', () => {
    renderWithProviders(
      <QuarantineTable
        entries={[
          entry({ id: 'run', count: 262_144, totalBytes: 1_048_576, lastReceivedAt: '2026-03-01T02:00:05.000Z' }),
          entry({ id: 'single' }),
        ]}
        total={2}
        loading={false}
        page={1}
        pageSize={20}
        onPage={() => {}}
      />,
    );
    expect(screen.getByTestId('quarantine-count-run').textContent).toBe((262_144).toLocaleString());
    const rows = within(screen.getByTestId('quarantine-table')).getAllByRole('row');
    expect(rows.some((r) => r.getAttribute('data-row-key') === 'single' && r.textContent?.includes('1'))).toBe(true);
    // The single row's own count cell reads exactly 1 (its address and time contain a 1 too).
    const countColumn = within(screen.getByTestId('quarantine-table'))
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent === createI18n('zh-CN').t('monitoring.quarantine.count'));
    const single = rows.find((r) => r.getAttribute('data-row-key') === 'single')!;
    expect(within(single).getAllByRole('cell')[countColumn]?.textContent).toBe('1');
    expect(screen.queryByTestId('quarantine-count-single')).toBeNull();
  });

  it('words the reason code in the locale and keeps the server detail on hover', () => {
    renderWithProviders(
      <QuarantineTable
        entries={[entry({ id: 'mn', reasonCode: 'HJ212_UNKNOWN_MN', reason: 'MN 88888880000001 is not registered' })]}
        total={1}
        loading={false}
        page={1}
        pageSize={20}
        onPage={() => {}}
      />,
      { locale: 'zh-CN' },
    );
    expect(screen.getByTestId('quarantine-reason').textContent).toBe('设备编号（MN）未登记');
    expect(screen.getByTestId('quarantine-table').textContent).not.toContain('is not registered');
  });
});
