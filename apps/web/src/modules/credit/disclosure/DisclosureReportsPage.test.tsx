import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { reportFixture } from '../testing';
import { DisclosureReportsPage } from './DisclosureReportsPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
      if (url.pathname === '/api/v1/credit/disclosure/reports')
        return json({
          items: [
            reportFixture(),
            reportFixture({
              kind: 'annual',
              year: 2025,
              eventRef: '',
              event: null,
              eventDate: null,
              eventLabel: '2025年度',
              dueDate: '2026-03-15',
              state: 'overdue',
              rule: { citation: '第十九条', days: 0, dayKind: 'calendar' },
            }),
          ],
        });
      return json({ error: { code: 'NOT_FOUND' } }, 404);
    }),
  );
  renderWithProviders(<DisclosureReportsPage />, { locale: 'zh-CN', path: '/app/credit/disclosure/reports' });
}

describe('DisclosureReportsPage (依法披露报告)', () => {
  it('shows the department a temporary report missing after a penalty, with its working-day rule, in Chinese', async () => {
    serve(['credit:read']);
    expect(await screen.findByText('受到行政处罚')).toBeTruthy();
    expect(screen.getAllByTestId('report-state-overdue')[0]!.textContent).toBe('逾期未披露');
    expect(screen.getByText(/第十七条（5个工作日）/)).toBeTruthy();
    expect(screen.queryByTestId('temporary-file')).toBeNull();
    const text = screen.getByTestId('reports-table').textContent ?? '';
    for (const code of ['penalty', 'overdue', 'temporary', 'working']) expect(text.includes(code), code).toBe(false);
  });

  it('lets the enterprise file its annual report (the pre-filled form) and the temporary one', async () => {
    serve(['credit:disclose']);
    expect((await screen.findByTestId('annual-file-2025')).getAttribute('href')).toBe(
      '/app/credit/disclosure/annual/e1/2025',
    );
    expect(screen.getByTestId('temporary-file')).toBeTruthy();
  });
});
