import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { AssessmentBulletinsPage } from './AssessmentBulletinsPage';

afterEach(() => vi.unstubAllGlobals());

const overview = {
  province: { name: '广西壮族自治区', regionCode: '450000' },
  cities: [{ name: '南宁市', regionCode: '450100' }],
  generatedAt: '2026-11-28T00:00:00Z',
};

describe('AssessmentBulletinsPage', () => {
  it('offers the bulletin as PDF, as an editable Word document and its tables, for the chosen month', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async (url: string) =>
          new Response(
            JSON.stringify(
              url === '/api/v1/public/overview'
                ? overview
                : { error: { code: 'UNAUTHENTICATED', message: 'no', requestId: 'r' } },
            ),
            {
              status: url === '/api/v1/public/overview' ? 200 : 401,
              headers: { 'content-type': 'application/json' },
            },
          ),
      ),
    );
    renderWithProviders(<AssessmentBulletinsPage />, { locale: 'zh-CN' });
    await waitFor(() => expect(screen.getByTestId('bulletin-docx')).toBeTruthy());
    const docx = screen.getByTestId('bulletin-docx');
    expect(docx.textContent).toContain('下载 Word 版（可编辑）');
    expect(docx.getAttribute('href')).toMatch(
      /^\/api\/v1\/assessment\/bulletins\/air-monthly\/docx\?month=\d{4}-\d{2}$/,
    );
    expect(screen.getByTestId('bulletin-tables').getAttribute('href')).toMatch(/\/air-monthly\/tables\?month=/);
    expect(screen.getByTestId('bulletin-pdf').getAttribute('href')).toMatch(/\/air-monthly\?month=/);
  });
});
