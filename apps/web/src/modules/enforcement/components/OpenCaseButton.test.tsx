import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { caseFixture } from '../testing/fixtures';
import { OpenCaseButton } from './OpenCaseButton';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[], status: 'open' | 'dismissed' = 'open', answer = 201) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/enforcement/cases' && init?.method === 'POST')
      return answer === 201
        ? json(caseFixture({ id: 'case-7', state: 'lead' }), 201)
        : json({ error: { code: 'ENTERPRISE_NOT_FOUND', message: 'enterprise e1 not found' } }, answer);
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/compliance/leads" element={<OpenCaseButton lead={{ id: 'lead-1', status }} />} />
      <Route path="/app/enforcement/cases/:id" element={<div data-testid="case-page-opened" />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/compliance/leads' },
  );
  return () => fetchMock.mock.calls.filter(([, i]) => i?.method === 'POST');
}

describe('立案办理 on a lead', () => {
  it('opens a case from the lead and goes to the case page', async () => {
    const posts = serve(['compliance:read', 'compliance:triage', 'enforcement:write']);
    fireEvent.click(await screen.findByTestId('lead-open-case'));
    fireEvent.click(await screen.findByTestId('lead-open-case-confirm'));
    await screen.findByTestId('case-page-opened');
    expect(posts()).toHaveLength(1);
    expect(String(posts()[0]![0])).toBe('/api/v1/enforcement/cases');
    expect(JSON.parse(String(posts()[0]![1]?.body))).toEqual({ leadId: 'lead-1' });
  });

  // The session loads first: each waits until it has been asked for, then a moment more.
  it.each([
    ['without enforcement:write', ['compliance:read', 'compliance:triage'], 'open'],
    ['on a dismissed lead', ['enforcement:write'], 'dismissed'],
  ] as const)('is not offered %s', async (_, permissions, status) => {
    serve([...permissions], status);
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('lead-open-case')).toBeNull();
  });

  it('says in Chinese why the case was not opened', async () => {
    serve(['enforcement:write'], 'open', 404);
    fireEvent.click(await screen.findByTestId('lead-open-case'));
    fireEvent.click(await screen.findByTestId('lead-open-case-confirm'));
    await waitFor(() => expect(document.querySelector('.ant-message')?.textContent).toContain('排污单位'));
    expect(screen.queryByTestId('case-page-opened')).toBeNull();
  });
});
