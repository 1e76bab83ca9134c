import type { ProblemDetail } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { problemFixture } from '../testing/fixtures';
import { ProblemPage } from './ProblemPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[], detail: ProblemDetail, answer?: (body: Record<string, unknown>) => Response) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === `/api/v1/rectification/problems/${detail.id}`) return json(detail);
    if (init?.method === 'POST' && answer) return answer(JSON.parse(String(init.body)) as Record<string, unknown>);
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/rectification/problems/:id" element={<ProblemPage />} />
      <Route path="/app/rectification/problems/:id/edit" element={<div data-testid="problem-form-page" />} />
    </Routes>,
    { locale: 'zh-CN', path: `/app/rectification/problems/${detail.id}` },
  );
  return () =>
    fetchMock.mock.calls
      .filter(([, i]) => i?.method === 'POST')
      .map(([u, i]) => ({ url: String(u), body: JSON.parse(String(i?.body)) as Record<string, unknown> }));
}

describe('ProblemPage (整改问题)', () => {
  it('shows the plan, the live section class against its target and the running notice', async () => {
    serve(
      ['rectification:read', 'rectification:accept'],
      problemFixture({
        state: 'higher_accepted',
        status: 'higher_accepted',
        allowedSteps: ['notice', 'close', 'accountability'],
        monitoring: {
          stationCode: 'GX-W-0105',
          stationName: '邕江水塘江',
          requiredClass: 3,
          month: '2026-10',
          waterClass: 4,
          meetsTarget: false,
        },
        notice: { from: '2026-11-27', to: '2026-12-03', workingDays: 5, url: '', isOver: false },
      }),
    );
    expect((await screen.findByTestId('problem-status')).textContent).toBe('上级验收通过');
    expect(screen.getByTestId('plan-card').textContent).toContain('完成雨污分流改造');
    expect(screen.getByTestId('monitoring-class').textContent).toContain('Ⅳ类');
    expect(screen.getByTestId('monitoring-class').textContent).toContain('未达到目标');
    expect(screen.getByTestId('notice-range').textContent).toBe('2026-11-27 至 2026-12-03（5 个工作日）');
    expect(screen.getByTestId('notice-state').textContent).toContain('公示期内');
  });

  it('records an acceptance with its unit, and words a refusal', async () => {
    const calls = serve(
      ['rectification:read', 'rectification:accept'],
      problemFixture({
        state: 'awaiting_acceptance',
        status: 'awaiting_acceptance',
        allowedSteps: ['self_accept', 'reject'],
      }),
      (body) =>
        body.step === 'self_accept'
          ? json(problemFixture({ state: 'self_accepted', status: 'self_accepted', allowedSteps: ['higher_accept'] }))
          : json({ error: { code: 'RECTIFICATION_NOTICE_RUNNING', message: 'x' } }, 409),
    );
    fireEvent.click(await screen.findByTestId('step-self_accept'));
    expect((screen.getByTestId('step-unit') as HTMLInputElement).value).toBe('南宁市人民政府');
    fireEvent.click(screen.getByTestId('step-submit'));
    await waitFor(() => expect(screen.getByTestId('problem-status').textContent).toBe('自验收通过'));
    expect(calls()[0]).toMatchObject({
      url: '/api/v1/rectification/problems/p1/steps',
      body: { step: 'self_accept', unit: '南宁市人民政府' },
    });
  });

  it('shows the server’s refusal of a close while the notice runs in Chinese', async () => {
    serve(
      ['rectification:read', 'rectification:accept'],
      problemFixture({ state: 'higher_accepted', status: 'higher_accepted', allowedSteps: ['close'] }),
      () => json({ error: { code: 'RECTIFICATION_NOTICE_RUNNING', message: 'the notice runs' } }, 409),
    );
    fireEvent.click(await screen.findByTestId('step-close'));
    fireEvent.click(screen.getByTestId('step-submit'));
    expect((await screen.findByTestId('step-error')).textContent).toContain('公示期未满，不能销号');
  });

  it('uploads evidence as base64 for those who report, and hides the upload from readers', async () => {
    const calls = serve(['rectification:read', 'rectification:write'], problemFixture(), () =>
      json(
        problemFixture({
          evidence: [
            { id: 'e1', kind: 'photo', filename: '现场.png', contentType: 'image/png', size: 3, note: '', at: '' },
          ],
        }),
      ),
    );
    await screen.findByTestId('evidence-upload');
    fireEvent.click(screen.getByLabelText('照片'));
    const input = screen.getByTestId('evidence-card').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['png'], '现场.png', { type: 'image/png' })] } });
    await screen.findByText('现场.png');
    expect(calls()[0]).toMatchObject({
      url: '/api/v1/rectification/problems/p1/evidence',
      body: { kind: 'photo', filename: '现场.png', contentType: 'image/png', contentBase64: btoa('png') },
    });
  });

  it('has no upload, steps or plan editing for a reader', async () => {
    serve(['rectification:read'], problemFixture({ allowedSteps: [] }));
    await screen.findByTestId('plan-card');
    expect(screen.queryByTestId('evidence-upload')).toBeNull();
    expect(screen.queryByTestId('step-progress')).toBeNull();
    expect(screen.queryByTestId('problem-edit')).toBeNull();
    expect(screen.getByTestId('supervision-card')).toBeTruthy();
  });

  it('opens the plan form for those who write', async () => {
    serve(['rectification:read', 'rectification:write'], problemFixture());
    fireEvent.click(await screen.findByTestId('problem-edit'));
    expect(await screen.findByTestId('problem-form-page')).toBeTruthy();
  });
});
