import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { encodePacket } from '@ecocloud/hj212';
import { describe, expect, it } from 'vitest';
import { runHj212Decode } from './decode.cli';
import type { DecodeLine } from './decode-output';

const H1 =
  '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n';
const H6 =
  '##0230QN=20260301100000001;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&DataTime=20260301095958;' +
  'w01018-Rtd=40.1,w01018-Flag=N;w21003-Rtd=0.95,w21003-Flag=N;w21011-Rtd=0.12,w21011-Flag=N;w21001-Rtd=8.30,w21001-Flag=D&&3480\r\n';
const H1_MODBUS = H1.replace('1C80', '0759');

async function run(
  args: string[],
  chunks: string[] = [],
): Promise<{ code: number; lines: DecodeLine[]; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = runHj212Decode(args, { stdin, stdout, stderr });
  for (const chunk of chunks) stdin.write(Buffer.from(chunk, 'utf8'));
  stdin.end();
  const code = await done;
  return {
    code,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as DecodeLine),
    stderr: err,
  };
}

describe('ecocloud hj212 decode', () => {
  it('prints one JSON line per frame and per run of junk, across chunk boundaries', async () => {
    const stream = `noise${H1}${H6}${H1_MODBUS}`;
    const { code, lines } = await run(['-'], [stream.slice(0, 50), stream.slice(50, 200), stream.slice(200)]);
    expect(code).toBe(1);
    expect(lines.map((l) => [l.ok, l.error?.code ?? null])).toEqual([
      [false, 'HJ212_JUNK'],
      [true, null],
      [true, null],
      [false, 'HJ212_CRC_MISMATCH'],
    ]);
    expect(lines[0]).toMatchObject({
      reason: 'HJ212_NO_HEADER',
      rawHex: Buffer.from('noise').toString('hex'),
      offset: 0,
    });
    expect(lines[1]).toMatchObject({
      declaredLength: 101,
      crc: { declared: '1C80', computed: '1C80', ok: true },
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
    });
    expect(lines[2]?.factors?.['w21001']).toEqual({ Rtd: '8.30', Flag: 'D' });
    expect(lines[2]?.cp).toEqual({ DataTime: '20260301095958' });
    expect(lines[3]?.crc).toEqual({ declared: '0759', computed: '1C80', ok: false });
  });

  it('--crc-mode modbus verifies a Modbus-signed frame; exit 0 when everything decoded', async () => {
    const { code, lines } = await run(['--crc-mode', 'modbus'], [H1_MODBUS]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.ok)).toEqual([true]);
  });

  it('--strict rejects what lenient mode accepts (a 13-digit epoch QN)', async () => {
    const frame = encodePacket({
      qn: '1617957600465',
      st: '21',
      cn: '9011',
      pw: '123456',
      mn: 'DXCBZ000000005',
      flag: 5,
      cp: 'QnRtn=1',
    });
    const lenient = await run([], [frame]);
    const strict = await run(['--strict'], [frame]);
    expect([lenient.code, lenient.lines[0]?.ok]).toEqual([0, true]);
    expect([strict.code, strict.lines[0]?.error?.code]).toEqual([1, 'HJ212_BAD_FIELD']);
  });

  it('reports a frame left without CRLF at the end of input as junk', async () => {
    const { lines } = await run([], [H1, H1.slice(0, 40)]);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'HJ212_JUNK']);
    expect(lines[1]?.reason).toBe('HJ212_INCOMPLETE');
  });

  it('reads a file named on the command line', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'hj212-')), 'frames.bin');
    writeFileSync(file, H6 + H1);
    const { code, lines } = await run([file]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.cn)).toEqual(['2011', '1062']);
  });

  it.each([[['--crc-mode', 'crc32']], [['--bogus']], [['a', 'b']]])('usage error %j exits 2', async (args) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: ecocloud hj212 decode');
  });

  it('a missing file exits 1 with a message', async () => {
    const { code, stderr } = await run(['/nonexistent/hj212.bin']);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/hj212.bin');
  });
});
