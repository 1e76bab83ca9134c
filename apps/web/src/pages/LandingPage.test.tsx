import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../app/test-utils';
import { LandingPage } from './LandingPage';

afterEach(() => vi.unstubAllGlobals());

const overview = {
  province: { name: '广西壮族自治区', regionCode: '450000' },
  cities: [
    { name: '南宁市', regionCode: '450100' },
    { name: '柳州市', regionCode: '450200' },
  ],
  generatedAt: '2024-06-05T00:00:00Z',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('LandingPage', () => {
  it('shows the province and its cities without a session, and a login button', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/public/overview' ? json(200, overview) : json(401, { error: { code: 'UNAUTHENTICATED', message: 'no', requestId: 'r' } }),
      ),
    );
    renderWithProviders(<LandingPage />);
    await waitFor(() => expect(screen.getByTestId('province-name').textContent).toContain('广西壮族自治区'));
    expect(screen.getByTestId('city-450100').textContent).toContain('南宁市');
    expect(screen.getByTestId('city-450200').textContent).toContain('柳州市');
    expect(document.body.textContent).toContain('共 2 个设区市');
    expect(document.body.textContent).toContain('数据生成时间：2024-06-05 08:00:00');
    expect(screen.getByTestId('landing-login')).toBeTruthy();
    // The expected 401 of /auth/me must not pop up as an error.
    expect(document.body.textContent).not.toContain('UNAUTHENTICATED');
  });
});
