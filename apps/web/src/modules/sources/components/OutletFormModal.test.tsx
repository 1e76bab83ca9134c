import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, outletFixture } from '../testing/fixtures';
import { OutletFormModal } from './OutletFormModal';

afterEach(() => vi.unstubAllGlobals());

function renderForm(outlet?: Parameters<typeof OutletFormModal>[0]['outlet'], answer?: () => Response) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
    init?.method === 'POST' || init?.method === 'PATCH'
      ? (answer?.() ?? json(outletFixture(JSON.parse(String(init.body)) as object), 201))
      : json({ items: [] }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <OutletFormModal open enterpriseId="e1" outlet={outlet} onClose={() => undefined} onSaved={() => undefined} />,
    { locale: 'zh-CN' },
  );
  const writes = () => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== 'GET');
  return { writes };
}

async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

describe('OutletFormModal', () => {
  it('shows the reference O₂ of an unverified standard with ⚠ 未核实', async () => {
    renderForm(outletFixture({ standard: 'GB 13223-2011', sourceType: 'thermal_power_coal' }));
    await waitFor(() => expect(screen.getByTestId('outlet-oxygen').textContent).toContain('6%'));
    expect(screen.getByTestId('outlet-oxygen-unverified').textContent).toBe('⚠ 未核实');
  });

  it('offers the source types of the typed standard and shows a verified figure without ⚠', async () => {
    const { writes } = renderForm();
    fireEvent.change(screen.getByTestId('outlet-code'), { target: { value: 'da002' } });
    fireEvent.change(screen.getByTestId('outlet-name'), { target: { value: '2号锅炉排气筒' } });
    const standard = screen.getByTestId('outlet-standard');
    fireEvent.change(standard.tagName === 'INPUT' ? standard : standard.querySelector('input')!, {
      target: { value: 'GB 13271-2014' },
    });
    // The picker opens once the standard is one that sets a reference O₂.
    await waitFor(() => expect(screen.getByTestId('outlet-source-type').className).not.toContain('disabled'));
    await pick('outlet-source-type', '燃煤锅炉');
    await waitFor(() => expect(screen.getByTestId('outlet-oxygen').textContent).toBe('9%'));
    expect(screen.queryByTestId('outlet-oxygen-unverified')).toBeNull();

    fireEvent.click(screen.getByTestId('outlet-submit'));
    await waitFor(() => expect(writes()).toHaveLength(1));
    const [url, init] = writes()[0]!;
    expect(url).toBe('/api/v1/sources/enterprises/e1/outlets');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      code: 'DA002',
      name: '2号锅炉排气筒',
      kind: 'gas',
      standard: 'GB 13271-2014',
      sourceType: 'coal_fired_boiler',
    });
  });

  it('says that no reference O₂ applies to a water outlet', async () => {
    renderForm(outletFixture({ kind: 'water', standard: 'GB 8978-1996', sourceType: null }));
    await waitFor(() => expect(screen.getByTestId('outlet-oxygen').textContent).toContain('不适用'));
  });

  it('puts OUTLET_EXISTS beside the code in Chinese', async () => {
    renderForm(undefined, () =>
      json(
        {
          error: {
            code: 'OUTLET_EXISTS',
            message: 'the enterprise already has an outlet DA001',
            details: [{ path: 'body.code', message: 'exists' }],
            requestId: 'r',
          },
        },
        409,
      ),
    );
    fireEvent.change(screen.getByTestId('outlet-code'), { target: { value: 'DA001' } });
    fireEvent.change(screen.getByTestId('outlet-name'), { target: { value: '排气筒' } });
    fireEvent.click(screen.getByTestId('outlet-submit'));
    await waitFor(() =>
      expect(document.querySelector('#code_help, .ant-form-item-explain')?.textContent).toContain('该排放口编号已存在'),
    );
    expect(document.body.textContent).not.toContain('already has');
  });
});
