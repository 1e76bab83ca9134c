import type { QuarantineReasonCode } from '@ecocloud/contracts';
import {
  buildDataAck,
  buildRequestReply,
  decodeFrame,
  QN_RTN,
  type DecodedFrame,
  type QnRtn,
  type SplitReassembler,
} from '@ecocloud/hj212';
import type { Reading } from '../ingest/reading';
import type { ArchivedPacket } from './batch-store';
import type { DeviceRegistry } from './device-registry';
import { headerTooLong } from './field-bounds';
import { isDataCommand, mapFrameToReadings } from './frame-mapping';
import type { GatewayDevice } from './gateway-device';

/** What the gateway does with one frame. */
export type FrameOutcome =
  /** keep the bytes in quarantine with the reason, then send `reply` (9011) when there is one */
  /** `raw`: what to keep when it is more than the frame judged (every part of a reassembled packet) */
  | {
      kind: 'quarantine';
      mn: string | null;
      reasonCode: QuarantineReasonCode;
      reason: string;
      reply: string | null;
      raw?: Buffer;
    }
  /** commit readings + archive; after the commit send `acks` (9014 per part that asked) */
  | { kind: 'store'; deviceId: string; readings: Reading[]; packets: ArchivedPacket[]; acks: string[] }
  /** a part of a split packet, held until its group is complete or expires */
  | { kind: 'held' };

export type FrameContext = {
  registry: DeviceRegistry;
  reassembler: SplitReassembler;
  /** raw bytes of held split parts, for the archive and for quarantine when a group expires */
  rawOf: WeakMap<DecodedFrame, { raw: Buffer; remote: string }>;
};

/** Replies answer responses never (CN 9xxx are themselves replies, 表9). */
const isReplyCommand = (cn: string | null): boolean => cn !== null && cn.startsWith('9');

function requestReply(frame: DecodedFrame, rtn: QnRtn): string | null {
  try {
    return frame.mn ? buildRequestReply(frame, rtn) : null;
  } catch {
    return null; // a header that cannot be echoed (reserved characters) gets no reply
  }
}

function reject(
  frame: DecodedFrame,
  reasonCode: QuarantineReasonCode,
  reason: string,
  rtn: QnRtn | null,
): Extract<FrameOutcome, { kind: 'quarantine' }> {
  return {
    kind: 'quarantine',
    mn: frame.mn,
    reasonCode,
    reason,
    reply: rtn === null ? null : requestReply(frame, rtn),
  };
}

/** Decodes with the hj212 CRC; a device registered with another CRC mode gets a second decode. */
async function decodeForDevice(
  raw: Buffer,
  ctx: FrameContext,
): Promise<{ frame: DecodedFrame; device: GatewayDevice | null | undefined }> {
  let frame = decodeFrame(raw);
  if (!frame.mn) return { frame, device: undefined };
  // peek answers null for an MN known to be unregistered: only undefined (not cached) needs a look-up.
  const cached = ctx.registry.peek(frame.mn);
  const device = cached !== undefined ? cached : await ctx.registry.find(frame.mn);
  if (frame.error?.code === 'HJ212_CRC_MISMATCH' && device && device.crcMode !== 'hj212')
    frame = decodeFrame(raw, { crcMode: device.crcMode });
  return { frame, device };
}

/**
 * Judges one framed packet: decode, authenticate (MN, PW, ST, enabled), reassemble split
 * packets, map data uploads to readings. Replies follow HJ 212-2017 表7: CRC error 9, ST error 5,
 * rejected 2 (disabled device). An unknown MN and a wrong PW both get "rejected" (2), not MN error 4
 * and PW error 3: different answers let anyone list the registered MNs. The true reason is in quarantine.
 */
export async function handleFrame(raw: Buffer, remote: string, ctx: FrameContext): Promise<FrameOutcome> {
  const { frame, device } = await decodeForDevice(raw, ctx);
  if (!frame.ok) {
    const code = frame.error?.code ?? 'HJ212_INVALID';
    const isCrc = code === 'HJ212_CRC_MISMATCH' || code === 'HJ212_BAD_CRC';
    return reject(frame, code, frame.error?.message ?? 'invalid frame', isCrc ? QN_RTN.CRC_ERROR : null);
  }
  if (!device) return reject(frame, 'HJ212_UNKNOWN_MN', `MN ${frame.mn} is not registered`, QN_RTN.REJECTED);
  if (frame.pw !== device.password)
    return reject(frame, 'HJ212_BAD_PASSWORD', `wrong PW for MN ${frame.mn}`, QN_RTN.REJECTED);
  if (!device.isEnabled) return reject(frame, 'HJ212_DEVICE_DISABLED', `MN ${frame.mn} is disabled`, QN_RTN.REJECTED);
  if (frame.st !== device.st && frame.st !== '91') {
    return reject(
      frame,
      'HJ212_ST_MISMATCH',
      `ST ${frame.st} differs from the registered ${device.st}`,
      QN_RTN.ST_ERROR,
    );
  }
  // Checked per part, before a split part is held: every archived part must fit its columns.
  const headerError = headerTooLong(frame.qn, frame.cn);
  if (headerError) return reject(frame, 'HJ212_FIELD_TOO_LONG', headerError, frame.flag?.ack ? QN_RTN.REJECTED : null);
  // Only a split part outlives this call: it keeps a copy of its own bytes, not a view into its
  // socket read (up to 64 KiB), so a logger's held parts are bounded by their size. Unsplit frames,
  // the hot path, keep their view and need no entry.
  if (frame.pnum !== null) ctx.rawOf.set(frame, { raw: Buffer.from(raw), remote });
  const result = ctx.reassembler.add(frame);
  if (result.status === 'pending') return { kind: 'held' };
  if (result.status === 'rejected') return reject(frame, 'HJ212_SPLIT_INVALID', result.reason, null);
  const partRaws = result.parts.map((p) => ctx.rawOf.get(p)?.raw ?? raw);
  const packets = result.parts.map((p, i) => ({
    mn: device.mn,
    qn: p.qn,
    cn: p.cn,
    raw: partRaws[i]!.toString('utf8'),
  }));
  const acks = result.parts.filter((p) => p.flag?.ack && !isReplyCommand(p.cn)).map((p) => buildDataAck(p));
  if (!isDataCommand(result.frame.cn)) return { kind: 'store', deviceId: device.id, readings: [], packets, acks };
  const mapped = mapFrameToReadings(result.frame, device);
  if (!mapped.ok) {
    // A reassembled packet is refused whole: quarantine keeps every part, not only the last one.
    const refused = reject(frame, mapped.reasonCode, mapped.reason, frame.flag?.ack ? QN_RTN.REJECTED : null);
    return partRaws.length > 1 ? { ...refused, raw: Buffer.concat(partRaws) } : refused;
  }
  return { kind: 'store', deviceId: device.id, readings: mapped.readings, packets, acks };
}
