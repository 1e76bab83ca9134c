import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { DecodedLine } from '../types';
import { PacketInspector } from './PacketInspector';

afterEach(() => vi.unstubAllGlobals());

// The standard's example frame (HJ 212-2017 Appendix A) with its last CRC digit changed.
const FRAME =
  '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C81';
const badCrc: DecodedLine = {
  ok: false,
  error: { code: 'HJ212_CRC_MISMATCH', message: 'CRC 1C81 declared, 1C80 computed (hj212)' },
  offset: 0,
  declaredLength: 101,
  crc: { declared: '1C81', computed: '1C80', ok: false },
  qn: '20160801085857223',
  st: '32',
  cn: '1062',
  pw: '100000',
  mn: '010000A8900016F000169DC0',
  flag: { raw: '5', version: 1, ack: true, split: false },
  pnum: null,
  pno: null,
  cp: { RtdInterval: '30' },
  factors: {},
};

describe('PacketInspector', () => {
  it('sends the pasted text and shows a decoded line whose CRC fails', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ lines: [badCrc] }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PacketInspector />, { locale: 'zh-CN' });

    expect(screen.getByTestId('inspector-decode').hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('inspector-input'), { target: { value: FRAME } });
    fireEvent.click(screen.getByTestId('inspector-decode'));

    const crc = await screen.findByTestId('inspector-crc-0');
    expect(crc.getAttribute('data-crc-ok')).toBe('false');
    expect(crc.textContent).toContain('CRC 错误');
    expect(crc.textContent).toContain('1C81 ≠ 1C80');
    expect(screen.getByTestId('inspector-ok-0').textContent).toBe('无效');
    expect(screen.getByTestId('inspector-error-0').textContent).toContain('HJ212_CRC_MISMATCH');
    expect(screen.getByTestId('inspector-error-0').textContent).toContain('CRC 校验不通过');
    expect(screen.getByTestId('inspector-result').textContent).toContain('010000A8900016F000169DC0');
    // A single line opens expanded: its data area is visible.
    await waitFor(() => expect(screen.getByTestId('inspector-result').textContent).toContain('RtdInterval'));

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/hj212/decode');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ text: FRAME, crcMode: 'hj212' });
  });

  it('decodes a seeded frame at once, as a quarantine click does', async () => {
    const ok = { ...badCrc, ok: true, error: null, crc: { declared: '1C80', computed: '1C80', ok: true } };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ lines: [ok] }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    renderWithProviders(<PacketInspector seed={{ text: FRAME, nonce: 1 }} />, { locale: 'en' });
    const crc = await screen.findByTestId('inspector-crc-0');
    expect(crc.getAttribute('data-crc-ok')).toBe('true');
    expect(crc.textContent).toContain('CRC ok');
    expect((screen.getByTestId('inspector-input') as HTMLTextAreaElement).value).toBe(FRAME);
  });
});
