import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from './RequireAuth';
import { renderWithProviders } from '../testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const me = {
  id: 'u1',
  username: 'lz',
  displayName: '柳州',
  orgId: 'o1',
  orgName: '柳州市生态环境局',
  regionCode: '450200',
  roles: ['city_officer'],
  permissions: [],
  scope: 'subtree',
};
const json = (body: unknown, status = 200) =>
  new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('RequireAuth for an account an admin created', () => {
  it('shows only the change-password form until the password is changed, then the page', async () => {
    let mustChange = true;
    const calls: { url: string; body?: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, body: init?.body as string | undefined });
        if (url === '/api/v1/auth/me') return json({ user: { ...me, mustChangePassword: mustChange }, csrfToken: 't' });
        if (url === '/api/v1/auth/password') {
          mustChange = false;
          return new Response(null, { status: 204 });
        }
        return json({ error: { code: 'NOT_FOUND', message: 'x', requestId: 'r' } }, 404);
      }),
    );
    renderWithProviders(<RequireAuth>{() => <div data-testid="the-page">page</div>}</RequireAuth>, {
      locale: 'zh-CN',
      path: '/app/workplan',
    });
    // The form is a lazy chunk: on a busy machine its first load takes longer than waitFor's default second.
    await waitFor(
      () => expect(screen.getByTestId('password-forced').textContent).toContain('请先设置只有您自己知道的新密码'),
      { timeout: 10_000 },
    );
    expect(screen.queryByTestId('the-page')).toBeNull();

    fireEvent.change(screen.getByTestId('password-current'), { target: { value: 'given-Passw0rd-1' } });
    fireEvent.change(screen.getByTestId('password-new'), { target: { value: 'own-Passw0rd-22' } });
    fireEvent.change(screen.getByTestId('password-confirm'), { target: { value: 'own-Passw0rd-22' } });
    fireEvent.click(screen.getByTestId('password-submit'));
    await waitFor(() => expect(screen.getByTestId('the-page')).toBeTruthy());
    const change = calls.find((c) => c.url === '/api/v1/auth/password')!;
    expect(JSON.parse(change.body!)).toEqual({ currentPassword: 'given-Passw0rd-1', newPassword: 'own-Passw0rd-22' });
  });
});
