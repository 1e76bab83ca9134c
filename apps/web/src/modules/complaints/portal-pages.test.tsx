import type { PublicComplaintStatus } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/test-utils';
import { json } from '../compliance/testing/fixtures';
import { PortalTrackPage } from './portal-pages';

afterEach(() => vi.unstubAllGlobals());

const answered: PublicComplaintStatus = {
  trackingCode: 'K7M2P9QX4T8W',
  kind: 'noise',
  receivedOn: '2026-11-02',
  state: 'answered',
  acceptedOn: '2026-11-03',
  repliedOn: '2026-11-20',
  publishedAnswer: '已责令该单位加装消声设施。',
  referral: null,
  merged: false,
  satisfaction: null,
  canRate: true,
  canRequestReview: false,
  reviewAnswer: null,
  canRequestReReview: false,
  reReviewAnswer: null,
};

describe('PortalTrackPage', () => {
  it('shows the answer of a known code, takes the rating, and says nothing about an unknown one', async () => {
    const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/public/complaints/K7M2P9QX4T8W/rating' && init?.method === 'POST')
        return json({ ...answered, satisfaction: 'satisfied', canRate: false });
      if (url.pathname === '/api/v1/public/complaints/K7M2P9QX4T8W') return json(answered);
      return json({ error: { code: 'COMPLAINT_NOT_FOUND', message: 'no report' } }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/portal/track" element={<PortalTrackPage />} />
      </Routes>,
      { locale: 'zh-CN', path: '/portal/track' },
    );
    fireEvent.change(screen.getByTestId('track-code'), { target: { value: '23456789ABCD' } });
    fireEvent.click(screen.getByTestId('track-lookup'));
    expect(await screen.findByTestId('track-not-found')).toBeTruthy();

    fireEvent.change(screen.getByTestId('track-code'), { target: { value: 'K7M2P9QX4T8W' } });
    fireEvent.click(screen.getByTestId('track-lookup'));
    expect((await screen.findByTestId('track-answer')).textContent).toBe('已责令该单位加装消声设施。');
    expect(screen.getByTestId('track-state').textContent).toBe('已答复');
    fireEvent.click(screen.getByTestId('rate-satisfied'));
    await waitFor(() => expect(screen.getByTestId('track-rated')).toBeTruthy());
    const posted = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST');
    expect(JSON.parse(String(posted![1]!.body))).toEqual({ satisfied: true });
  });

  it('offers 申请复核 after the 复查 opinion and shows a batch of handed-over results', async () => {
    const reviewed: PublicComplaintStatus = {
      ...answered,
      state: 'reviewed',
      canRate: false,
      satisfaction: 'unsatisfied',
      reviewAnswer: '经复查，维持原处理意见。',
      canRequestReReview: true,
    };
    const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/public/complaints/handovers')
        return json({
          batch: url.searchParams.get('batch'),
          day: url.searchParams.get('day'),
          items: [
            {
              kind: 'odour',
              regionCode: '450100',
              repliedOn: '2026-12-10',
              substantiated: true,
              publishedAnswer: '已责令停产整改。',
            },
          ],
        });
      if (url.pathname === '/api/v1/public/complaints/K7M2P9QX4T8W/rereview' && init?.method === 'POST')
        return json({ ...reviewed, state: 'rereview_requested', canRequestReReview: false });
      if (url.pathname === '/api/v1/public/complaints/K7M2P9QX4T8W') return json(reviewed);
      return json({ error: { code: 'COMPLAINT_NOT_FOUND', message: 'no report' } }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/portal/track" element={<PortalTrackPage />} />
      </Routes>,
      { locale: 'zh-CN', path: '/portal/track' },
    );
    fireEvent.change(screen.getByTestId('track-code'), { target: { value: 'K7M2P9QX4T8W' } });
    fireEvent.click(screen.getByTestId('track-lookup'));
    const ask = await screen.findByRole('button', { name: '申请复核' });
    fireEvent.change(screen.getByPlaceholderText(/复核理由/), { target: { value: '对复查意见不服，问题仍在' } });
    fireEvent.click(ask);
    await waitFor(() => expect(screen.getByTestId('track-state').textContent).toBe('已申请复核'));
    const posted = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST');
    expect(String(posted![0])).toContain('/rereview');

    fireEvent.change(screen.getByTestId('handover-batch'), { target: { value: 'D2026-HB7' } });
    fireEvent.change(screen.getByTestId('handover-day'), { target: { value: '2026-12-10' } });
    fireEvent.click(screen.getByTestId('handover-lookup'));
    expect(await screen.findByText('已责令停产整改。')).toBeTruthy();
    expect(screen.getByText('属实')).toBeTruthy();
  });
});
