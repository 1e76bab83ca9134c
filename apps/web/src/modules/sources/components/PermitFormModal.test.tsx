import type { Enterprise } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { daysBetween } from '../labels';
import { json, PERMIT } from '../testing/fixtures';
import { fiveYearsFrom, PermitFormModal } from './PermitFormModal';

afterEach(() => vi.unstubAllGlobals());

describe('fiveYearsFrom', () => {
  it('ends the day before the fifth anniversary, across leap days', () => {
    expect(fiveYearsFrom('2022-01-21')).toBe('2027-01-20');
    expect(fiveYearsFrom('2024-03-01')).toBe('2029-02-28');
    expect(fiveYearsFrom('2024-02-29')).toBe('2029-02-28');
  });

  it('always runs 1825 or 1826 days, ending after it starts', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const from = d.toISOString().slice(0, 10);
        const days = daysBetween(from, fiveYearsFrom(from));
        expect([1825, 1826]).toContain(days);
      }),
    );
  });
});

const enterprise = { id: 'e1', category: 'simplified' } as Enterprise;

describe('PermitFormModal', () => {
  it('sends the permit with its five-year validity and puts PERMIT_EXISTS beside the number', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'PERMIT_EXISTS',
                message: 'permit exists',
                details: [{ path: 'body.permitNo', message: 'exists' }],
                requestId: 'r',
              },
            },
            409,
          )
        : json({ items: [] }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <PermitFormModal open enterprise={enterprise} onClose={() => undefined} onSaved={() => undefined} />,
      { locale: 'zh-CN' },
    );
    fireEvent.change(screen.getByTestId('permit-no'), { target: { value: PERMIT.permitNo } });
    fireEvent.change(screen.getByTestId('permit-valid-from'), { target: { value: '2025-07-01' } });
    await waitFor(() => expect((screen.getByTestId('permit-valid-to') as HTMLInputElement).value).toBe('2030-06-30'));
    fireEvent.click(screen.getByTestId('permit-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('该许可证编号已存在'));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/sources/enterprises/e1/permits');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      permitNo: PERMIT.permitNo,
      kind: 'permit',
      category: 'simplified',
      issuer: '',
      validFrom: '2025-07-01',
      validTo: '2030-06-30',
      reportFrequencies: ['annual'],
      limits: [],
    });
    expect(document.body.textContent).not.toContain('permit exists');
  });
});
