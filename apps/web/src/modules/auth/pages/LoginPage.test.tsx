import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { LoginPage } from './LoginPage';

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it('exposes the e2e hooks on the real input and button elements', () => {
    renderWithProviders(<LoginPage />, { path: '/login' });
    expect(screen.getByTestId('login-username').tagName).toBe('INPUT');
    expect(screen.getByTestId('login-password').tagName).toBe('INPUT');
    expect(screen.getByTestId('login-password').getAttribute('type')).toBe('password');
    expect(screen.getByTestId('login-submit').tagName).toBe('BUTTON');
  });

  it('posts the credentials and shows a coded error for a wrong password', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ error: { code: 'INVALID_CREDENTIALS', message: 'no', requestId: 'r1' } }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<LoginPage />, { path: '/login', locale: 'en' });
    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong-password1' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/auth/login');
    expect(JSON.parse(String(init.body))).toEqual({ username: 'admin', password: 'wrong-password1' });
    await waitFor(() =>
      expect(document.body.textContent).toContain('[INVALID_CREDENTIALS] Wrong username or password'),
    );
  });
});
