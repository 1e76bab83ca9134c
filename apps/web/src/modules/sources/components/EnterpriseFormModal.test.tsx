import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { EnterpriseFormModal } from './EnterpriseFormModal';

afterEach(() => vi.unstubAllGlobals());

function renderForm() {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify({ items: [], total: 0 }), { headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<EnterpriseFormModal open onClose={() => undefined} onSaved={() => undefined} />, {
    locale: 'zh-CN',
  });
  return fetchMock;
}

describe('EnterpriseFormModal', () => {
  it('names the expected check character of a mistyped credit code and sends nothing', async () => {
    const fetchMock = renderForm();
    fireEvent.change(screen.getByTestId('enterprise-uscc'), { target: { value: '91350100M000100Y44' } });
    expect(await screen.findByText('校验位应为“3”')).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(
      (call) => (call as unknown[])[1] !== undefined && ((call as unknown[])[1] as RequestInit).method === 'POST',
    );
    expect(posts).toEqual([]);
  });

  it('clears the message once the code is corrected', async () => {
    renderForm();
    const input = screen.getByTestId('enterprise-uscc');
    fireEvent.change(input, { target: { value: '91350100M000100Y44' } });
    await screen.findByText('校验位应为“3”');
    fireEvent.change(input, { target: { value: '91350100M000100Y43' } });
    await waitFor(() => expect(screen.queryByText(/校验位应为/)).toBeNull());
  });
});
