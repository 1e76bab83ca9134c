import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { ratingFixture } from '../testing';
import { RatingPage } from './RatingPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[], rating = ratingFixture()) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/credit/objections/o1/decide' && init?.method === 'POST')
      return json(
        ratingFixture({
          level: 'green',
          vetoes: [],
          jointPunishment: false,
          objections: [{ ...rating.objections[0]!, status: 'upheld', levelAfter: 'green', decision: '否决不成立' }],
        }),
      );
    if (url.pathname === '/api/v1/credit/ratings/r1') return json(rating);
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/credit/rating/:id" element={<RatingPage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/credit/rating/r1' },
  );
  return fetchMock;
}

describe('RatingPage (企业信用评价)', () => {
  it('shows the indicators in Chinese, the veto forcing 红牌 and the joint-punishment flag, no raw codes', async () => {
    serve(['credit:read']);
    expect(await screen.findByText('大气及水污染物达标排放')).toBeTruthy();
    expect(screen.getByTestId('rating-vetoes').textContent).toContain('暗管、渗井');
    expect(screen.getAllByTestId('level-red')[0]!.textContent).toBe('环保不良（红牌）');
    expect(screen.getByTestId('joint-punishment').textContent).toBe('联合惩戒名单');
    const text = screen.getByTestId('indicators-table').textContent ?? '';
    for (const code of ['exceedance_hours', 'record', 'pollution', 'P1']) expect(text.includes(code), code).toBe(false);
    expect(text).toContain('8 / 10');
    // Without credit:review there is nothing to decide.
    expect(screen.queryByTestId('objection-decide')).toBeNull();
  });

  it('lets a reviewer uphold the objection and lift the veto; the level changes', async () => {
    const fetchMock = serve(['credit:read', 'credit:review']);
    fireEvent.change(await screen.findByTestId('objection-decision'), { target: { value: '经核实，否决不成立。' } });
    fireEvent.click(screen.getByTestId('objection-decide'));
    await waitFor(() => expect(screen.getByTestId('objection-upheld')).toBeTruthy());
    const call = fetchMock.mock.calls.find(([u]) => String(u).includes('/decide'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({
      upheld: true,
      decision: '经核实，否决不成立。',
      vetoes: [],
    });
    expect(screen.getAllByTestId('level-green').length).toBeGreaterThan(0);
  });

  it('offers the enterprise an objection inside the window', async () => {
    serve(['credit:disclose'], ratingFixture({ canObject: true, objections: [] }));
    expect(await screen.findByTestId('objection-text')).toBeTruthy();
    expect(screen.getByText('提出异议（异议期至2026-04-15）')).toBeTruthy();
  });
});
