import type { ProblemDetail, SupervisionNotice } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { problemFixture } from '../testing/fixtures';
import { noticeFixture } from '../testing/notice-fixtures';
import { SupervisionCard } from './SupervisionCard';

afterEach(() => vi.unstubAllGlobals());

type Posted = { url: string; body: Record<string, unknown> };

/** Serves the session and the problem's notices; a POST answers `answer` and may change what the list serves next. */
function serve(
  permissions: string[],
  notices: SupervisionNotice[],
  answer: (post: Posted) => { status?: number; body: unknown; next?: SupervisionNotice[] } = () => ({ body: {} }),
  detail: ProblemDetail = problemFixture({ state: 'in_progress', status: 'overdue', isOverdue: true }),
) {
  let served = notices;
  const posts: Posted[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
      if (init?.method === 'POST') {
        const post = { url: url.pathname, body: JSON.parse(String(init.body)) as Record<string, unknown> };
        posts.push(post);
        const a = answer(post);
        if (a.next) served = a.next;
        return json(a.body, a.status ?? 200);
      }
      if (url.pathname === '/api/v1/rectification/supervision-notices') {
        expect(url.searchParams.get('problemId')).toBe(detail.id);
        return json({ items: served, total: served.length });
      }
      return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
    }),
  );
  renderWithProviders(<SupervisionCard detail={detail} />, { locale: 'zh-CN' });
  return posts;
}

describe('SupervisionCard (督办)', () => {
  it('issues a notice to the rectifying unit with a reason and working days, then lists it as 提醒', async () => {
    const issued = noticeFixture();
    const posts = serve(['rectification:read', 'rectification:supervise'], [], () => ({
      status: 201,
      body: issued,
      next: [issued],
    }));
    fireEvent.click(await screen.findByTestId('supervision-issue'));
    expect(await screen.findByText('必填')).toBeTruthy(); // no reason: refused here, nothing sent
    expect(posts).toEqual([]);
    fireEvent.change(screen.getByTestId('supervision-reason'), { target: { value: '整改逾期，请报送进展' } });
    fireEvent.click(screen.getByTestId('supervision-issue'));
    expect((await screen.findByTestId('supervision-level-n1')).textContent).toBe('提醒');
    expect(posts[0]).toEqual({
      url: '/api/v1/rectification/problems/p1/supervision-notices',
      body: { reason: '整改逾期，请报送进展', replyWorkingDays: 5 },
    });
    expect(screen.getByTestId('supervision-due-n1').textContent).toBe('回复期限 2026-12-04 · 未到期');
    // One open notice at a time: no second form, a hint instead.
    expect(screen.queryByTestId('supervision-issue')).toBeNull();
    expect(screen.getByTestId('supervision-open-hint').textContent).toContain('逾期将自动升级');
  });

  it('lets the rectifying unit reply to an escalated, late notice', async () => {
    const late = noticeFixture({
      level: 2,
      dueState: 'overdue',
      canReply: true,
      history: [
        { at: '2026-11-20T02:00:00.000Z', event: 'issued', level: 1, replyDue: '2026-11-27' },
        { at: '2026-11-30T02:00:00.000Z', event: 'escalated', level: 2, replyDue: '2026-12-03' },
      ],
    });
    const replied = { ...late, state: 'replied' as const, reply: '已完成截污', canReply: false };
    const posts = serve(['rectification:read', 'rectification:write'], [late], () => ({
      body: replied,
      next: [replied],
    }));
    expect((await screen.findByTestId('supervision-level-n1')).textContent).toBe('督办');
    expect(screen.getByTestId('supervision-due-n1').textContent).toContain('已逾期');
    expect(screen.getByTestId('supervision-notice-n1').textContent).toContain('升级（督办）');
    expect(screen.queryByTestId('supervision-issue')).toBeNull(); // the unit does not supervise itself
    fireEvent.change(screen.getByTestId('supervision-reply-text-n1'), { target: { value: '已完成截污' } });
    fireEvent.click(screen.getByTestId('supervision-reply-n1'));
    expect((await screen.findByTestId('supervision-reply-shown-n1')).textContent).toContain('已完成截污');
    expect(posts[0]).toEqual({
      url: '/api/v1/rectification/supervision-notices/n1/reply',
      body: { reply: '已完成截污' },
    });
    expect(screen.getByTestId('supervision-due-n1').textContent).toBe('已回复');
  });

  it('escalates late notices for a supervisor, and words a refusal in Chinese', async () => {
    const late = noticeFixture({ dueState: 'overdue' });
    const posts = serve(['rectification:read', 'rectification:supervise'], [late], (post) =>
      post.url.endsWith('/escalate')
        ? { body: { escalated: 1 }, next: [{ ...late, level: 2, dueState: 'ok', replyDue: '2026-12-09' }] }
        : { status: 409, body: { error: { code: 'RECTIFICATION_SUPERVISION_OPEN', message: 'open' } } },
    );
    fireEvent.click(await screen.findByTestId('supervision-escalate'));
    await waitFor(() => expect(screen.getByTestId('supervision-level-n1').textContent).toBe('督办'));
    expect(posts[0]?.url).toBe('/api/v1/rectification/supervision-notices/escalate');
    expect(await screen.findByText('已升级 1 件督办通知')).toBeTruthy();
  });

  it('shows the server’s refusal of a second notice in Chinese', async () => {
    serve(['rectification:read', 'rectification:supervise'], [], () => ({
      status: 409,
      body: { error: { code: 'RECTIFICATION_SUPERVISION_OPEN', message: 'open' } },
    }));
    fireEvent.change(await screen.findByTestId('supervision-reason'), { target: { value: '督办' } });
    fireEvent.click(screen.getByTestId('supervision-issue'));
    expect((await screen.findByTestId('supervision-error')).textContent).toContain('该问题已有未回复的督办通知');
  });

  it('offers no new notice on a closed problem', async () => {
    serve(
      ['rectification:read', 'rectification:supervise'],
      [],
      undefined,
      problemFixture({ state: 'closed', status: 'closed' }),
    );
    expect(await screen.findByText('暂无督办通知')).toBeTruthy();
    expect(screen.queryByTestId('supervision-issue')).toBeNull();
  });
});
