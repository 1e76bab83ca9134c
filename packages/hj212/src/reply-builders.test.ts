import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import {
  buildDataAck,
  buildExecutionReply,
  buildGetTimeCommand,
  buildRequestReply,
  buildSetTimeCommand,
} from './reply-builders';
import { H4, H5, bytes } from './testing/vectors';

describe('reply builders', () => {
  const h4 = decodeFrame(bytes(H4));

  it('9014 data response to H4 is exactly H5', () => {
    expect(h4.ok).toBe(true);
    expect(buildDataAck(h4)).toBe(H5);
  });

  it('9011 carries QnRtn and echoes QN, PW, MN', () => {
    const reply = decodeFrame(bytes(buildRequestReply(h4, '1')));
    expect(reply.ok).toBe(true);
    expect([reply.qn, reply.st, reply.cn, reply.pw, reply.mn]).toEqual([
      '20260301100000001',
      '91',
      '9011',
      '123456',
      h4.mn,
    ]);
    expect(reply.cp).toEqual([['QnRtn', '1']]);
    expect(reply.flag?.value).toBe(4);
  });

  it('9012 carries ExeRtn', () => {
    const reply = decodeFrame(bytes(buildExecutionReply(h4, '100')));
    expect([reply.ok, reply.cn]).toEqual([true, '9012']);
    expect(reply.cp).toEqual([['ExeRtn', '100']]);
  });

  it('a reply to a 2005-style frame without QN gets a QN from the clock (UTC+8)', () => {
    const now = new Date('2026-03-01T02:00:00.123Z');
    const reply = decodeFrame(bytes(buildDataAck({ qn: null, pw: '123456', mn: 'LD130133000015' }, { now })));
    expect(reply.qn).toBe('20260301100000123');
  });

  it('throws when the frame has no MN to answer', () => {
    expect(() => buildDataAck({ qn: '1', pw: '1', mn: null })).toThrow(RangeError);
  });

  it('1012 sets the site time as UTC+8 SystemTime and asks for a response', () => {
    const now = new Date('2026-03-01T02:00:00.000Z');
    const text = buildSetTimeCommand(
      { st: '32', pw: '123456', mn: 'M1', now, polId: 'w01018' },
      new Date('2026-03-01T01:59:58Z'),
    );
    const frame = decodeFrame(bytes(text));
    expect(frame.ok).toBe(true);
    expect(frame.cn).toBe('1012');
    expect(frame.qn).toBe('20260301100000000');
    expect(frame.cp).toEqual([
      ['PolId', 'w01018'],
      ['SystemTime', '20260301095958'],
    ]);
    expect(frame.flag?.ack).toBe(true);
  });

  it('1011 asks for the site time', () => {
    const frame = decodeFrame(
      bytes(buildGetTimeCommand({ st: '32', pw: '123456', mn: 'M1', qn: '20260301100000000' })),
    );
    expect([frame.ok, frame.cn, frame.cpRaw]).toEqual([true, '1011', '']);
  });
});
