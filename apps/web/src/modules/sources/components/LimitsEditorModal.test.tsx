import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, OUTLETS, PERMIT } from '../testing/fixtures';
import { LimitsEditorModal } from './LimitsEditorModal';

afterEach(() => vi.unstubAllGlobals());

function renderEditor(answer: (body: unknown) => Response = (body) => json({ ...PERMIT, ...(body as object) })) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
    init?.method === 'PATCH' ? answer(JSON.parse(String(init.body))) : json({ items: [] }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const onSaved = vi.fn();
  renderWithProviders(
    <LimitsEditorModal
      open
      enterpriseId="e1"
      permit={PERMIT}
      outlets={OUTLETS}
      onClose={() => undefined}
      onSaved={onSaved}
    />,
    { locale: 'zh-CN' },
  );
  const patches = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
  return { fetchMock, onSaved, patches };
}

async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

describe('LimitsEditorModal', () => {
  it('sends every row, edited, removed and added, as the limits that replace the permit’s', async () => {
    const { patches, fetchMock, onSaved } = renderEditor();
    // The existing rows in words: pollutants by name, the special period kept.
    const editor = screen.getByTestId('limits-editor');
    expect(within(editor).getAllByText('二氧化硫').length).toBeGreaterThan(0);
    expect((screen.getByTestId('limit-special-1') as HTMLInputElement).value).toBe('重污染天气');

    fireEvent.change(screen.getByTestId('limit-value-0'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('limit-remove-1'));
    fireEvent.click(screen.getByTestId('limit-add'));
    await screen.findByTestId('limit-pollutant-1');
    await pick('limit-outlet-1', 'DW001 废水总排口');
    await pick('limit-pollutant-1', '化学需氧量');
    fireEvent.change(screen.getByTestId('limit-value-1'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('limits-submit'));

    await waitFor(() => expect(patches()).toHaveLength(1));
    const [url, init] = patches()[0]!;
    expect(url).toBe('/api/v1/sources/permits/p1');
    expect(JSON.parse(String(init?.body))).toEqual({
      limits: [
        {
          outletCode: 'DA001',
          pollutant: 'so2',
          limitType: 'concentration',
          value: 30,
          unit: 'mg/m³',
          averagingPeriod: '小时均值',
          specialPeriod: null,
        },
        {
          outletCode: 'DW001',
          pollutant: 'cod',
          limitType: 'concentration',
          value: 60,
          unit: 'mg/m³', // the new row's default follows the first outlet; the official changes it if needed
          averagingPeriod: '',
          specialPeriod: null,
        },
      ],
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fetchMock.mock.calls.every(([, init]) => init?.method !== 'POST')).toBe(true);
  });

  it('refuses a row without a value before sending anything', async () => {
    const { patches } = renderEditor();
    fireEvent.click(screen.getByTestId('limit-add'));
    await screen.findByTestId('limit-pollutant-2');
    fireEvent.click(screen.getByTestId('limits-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('必填'));
    expect(patches()).toEqual([]);
  });

  it('marks the cell the server refuses, in Chinese', async () => {
    renderEditor(() =>
      json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'DA001 so2 is limited twice',
            details: [{ path: 'body.limits.1.pollutant', message: 'duplicate limit', code: 'DUPLICATE_LIMIT' }],
            requestId: 'r1',
          },
        },
        400,
      ),
    );
    fireEvent.click(screen.getByTestId('limits-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('同一许可证、排放口和污染物的限值重复'));
    expect(document.body.textContent).not.toContain('duplicate limit');
  });
});
