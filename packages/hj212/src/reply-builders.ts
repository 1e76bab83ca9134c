import { encodePacket } from './packet-encoder';
import type { PacketInput } from './packet-encoder';
import type { ExeRtn, QnRtn } from './tables/return-codes';
import { formatDataTime, formatQn } from './time';

/** What a reply needs from the frame it answers (a DecodedFrame fits). */
export interface ReplyTarget {
  qn: string | null;
  pw: string | null;
  mn: string | null;
}

export interface ReplyOptions {
  /** clock for a QN when the request carried none (HJ/T 212-2005 frames); default now */
  now?: Date;
  /** Flag of the reply; default 4 (HJ 212-2017, no acknowledgement requested) */
  flag?: number;
}

/** ST of every response: 91 system interaction (HJ 212-2017 表5; see the H5 test vector). */
const INTERACTION_ST = '91';

function reply(to: ReplyTarget, cn: string, cp: PacketInput['cp'], options: ReplyOptions): string {
  if (!to.mn) throw new RangeError('cannot reply to a frame without MN');
  return encodePacket({
    qn: to.qn ?? formatQn(options.now ?? new Date()),
    st: INTERACTION_ST,
    cn,
    pw: to.pw ?? '',
    mn: to.mn,
    flag: options.flag ?? 4,
    cp,
  });
}

/** 9011 request response with `QnRtn` (表7), echoing the request's QN, PW and MN. */
export function buildRequestReply(to: ReplyTarget, qnRtn: QnRtn, options: ReplyOptions = {}): string {
  return reply(to, '9011', { params: [['QnRtn', qnRtn]] }, options);
}

/** 9012 execution result with `ExeRtn` (表6). */
export function buildExecutionReply(to: ReplyTarget, exeRtn: ExeRtn, options: ReplyOptions = {}): string {
  return reply(to, '9012', { params: [['ExeRtn', exeRtn]] }, options);
}

/** 9014 data response to an upload whose Flag asked for one (A = 1); CP is empty. */
export function buildDataAck(to: ReplyTarget, options: ReplyOptions = {}): string {
  return reply(to, '9014', '', options);
}

export interface TimeCommandInput {
  st: string;
  pw: string;
  mn: string;
  /** QN of the command; default formatQn(now) */
  qn?: string;
  now?: Date;
  /** instrument whose clock is meant (`PolId`), omitted for the logger itself */
  polId?: string;
  /** Flag; default 5 (HJ 212-2017, response requested) */
  flag?: number;
}

/** 1011 "get site time" command; the site answers 1011 with `SystemTime`. */
export function buildGetTimeCommand(input: TimeCommandInput): string {
  const params: [string, string][] = input.polId ? [['PolId', input.polId]] : [];
  return timeCommand(input, '1011', params);
}

/** 1012 "set site time" command with `SystemTime` = the given instant in UTC+8 `YYYYMMDDhhmmss`. */
export function buildSetTimeCommand(input: TimeCommandInput, systemTime: Date): string {
  const params: [string, string][] = input.polId ? [['PolId', input.polId]] : [];
  params.push(['SystemTime', formatDataTime(systemTime)]);
  return timeCommand(input, '1012', params);
}

function timeCommand(input: TimeCommandInput, cn: string, params: [string, string][]): string {
  return encodePacket({
    qn: input.qn ?? formatQn(input.now ?? new Date()),
    st: input.st,
    cn,
    pw: input.pw,
    mn: input.mn,
    flag: input.flag ?? 5,
    cp: { params },
  });
}
