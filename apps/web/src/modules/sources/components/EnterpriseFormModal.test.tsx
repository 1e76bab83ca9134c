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

describe('EnterpriseFormModal editing', () => {
  const enterprise = {
    id: 'e1',
    uscc: '91350100M000100Y43',
    name: '南宁示范热电有限公司',
    industryCode: '4411',
    industryLabel: '火力发电',
    regionCode: '450100',
    regionName: '南宁市',
    address: '南宁市江南区某路 1 号',
    lon: 108.3,
    lat: 22.8,
    category: 'key',
    keyListYear: 2026,
    keyListTypes: ['air'],
    legalRepresentative: '张三',
    contacts: [{ name: '李四', title: '环保负责人', phone: '0771-1234567' }],
    status: 'operating',
    regulatorOrgId: 'org-nn',
    regulatorOrgName: '南宁市生态环境局',
    enterpriseOrgId: 'org-ent',
    permitSituation: 'valid',
    permitValidTo: '2029-01-20',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as const;

  it('PATCHes every field but the credit code, keeping the enterprise’s own organisation and contacts', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'PATCH'
        ? new Response(JSON.stringify({ ...enterprise, ...JSON.parse(String(init.body)) }), {
            headers: { 'content-type': 'application/json' },
          })
        : new Response(JSON.stringify({ items: [], total: 0 }), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onSaved = vi.fn();
    renderWithProviders(
      <EnterpriseFormModal
        open
        enterprise={{ ...enterprise, keyListTypes: ['air'], contacts: [...enterprise.contacts] }}
        onClose={() => undefined}
        onSaved={onSaved}
      />,
      { locale: 'zh-CN' },
    );
    expect((screen.getByTestId('enterprise-uscc') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('enterprise-name'), { target: { value: '南宁示范热电股份有限公司' } });
    fireEvent.click(screen.getByTestId('enterprise-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(patch?.[0]).toBe('/api/v1/sources/enterprises/e1');
    const body = JSON.parse(String(patch?.[1]?.body)) as Record<string, unknown>;
    expect(body).not.toHaveProperty('uscc');
    expect(body).toMatchObject({
      name: '南宁示范热电股份有限公司',
      regionCode: '450100',
      category: 'key',
      keyListYear: 2026,
      keyListTypes: ['air'],
      contacts: [{ name: '李四', title: '环保负责人', phone: '0771-1234567' }],
      status: 'operating',
      enterpriseOrgId: 'org-ent',
    });
  });
});
