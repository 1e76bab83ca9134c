import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { parameterLabel } from '../parameters';
import type { Alert } from '../types';
import { AlertTable } from './AlertTable';

const SIX = ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3'];
const fault: Alert = {
  id: 'a1',
  ids: SIX.map((p) => `row-${p}`),
  stationId: 's1',
  stationName: '南宁市监测站',
  kind: 'abnormal_flag',
  parameters: SIX.map((parameter) => ({ parameter, value: 12, threshold: null, flag: 'D' })),
  value: null,
  threshold: null,
  firstAt: '2026-12-05T09:00:00.000Z',
  lastAt: '2026-12-05T10:00:00.000Z',
  status: 'open',
  acknowledgedBy: null,
  acknowledgedAt: null,
};
const over: Alert = {
  ...fault,
  id: 'b1',
  ids: ['row-b'],
  stationName: '桂林市监测站',
  kind: 'over_limit',
  parameters: [{ parameter: 'so2', value: 600, threshold: 500, flag: null }],
};

describe('AlertTable', () => {
  it('shows one row for a fault flagging six pollutants, worded in Chinese with Beijing time', () => {
    renderWithProviders(
      <AlertTable alerts={[fault, over]} total={2} loading={false} page={1} pageSize={20} onPage={() => {}} />,
      { locale: 'zh-CN' },
    );
    const rows = within(screen.getByTestId('alerts-table'))
      .getAllByRole('row')
      .filter((r) => r.getAttribute('data-row-key'));
    expect(rows).toHaveLength(2);
    const text = screen.getByTestId('alert-text-a1').textContent!;
    for (const p of SIX) expect(text).toContain(parameterLabel(p));
    expect(text.match(/故障/g)).toHaveLength(1); // one flag for the six pollutants, said once
    expect(text).toContain('2026-12-05 17:00'); // 09:00 UTC is 17:00 in Beijing
    expect(text).not.toMatch(/flagged|T\d\d:\d\d|Z\b/);
    expect(screen.getByTestId('alert-text-b1').textContent).toContain('限值 500');
  });

  it('acknowledges the selected events at once: every alert row of each', async () => {
    const onAcknowledge = vi.fn(() => Promise.resolve());
    renderWithProviders(
      <AlertTable
        alerts={[fault, over]}
        total={2}
        loading={false}
        page={1}
        pageSize={20}
        onPage={() => {}}
        onAcknowledge={onAcknowledge}
      />,
      { locale: 'zh-CN' },
    );
    for (const key of ['a1', 'b1']) {
      const row = within(screen.getByTestId('alerts-table'))
        .getAllByRole('row')
        .find((r) => r.getAttribute('data-row-key') === key)!;
      fireEvent.click(within(row).getByRole('checkbox'));
    }
    fireEvent.click(screen.getByTestId('alert-ack-selected'));
    fireEvent.click(await screen.findByRole('button', { name: /是|Yes/ }));
    await waitFor(() => expect(onAcknowledge).toHaveBeenCalledTimes(1));
    expect((onAcknowledge.mock.calls[0] as unknown as [string[]])[0].sort()).toEqual([...fault.ids, 'row-b'].sort());
  });
});
