import { FrameReader, decodeFrame, type CrcMode } from '@ecocloud/hj212';
import { frameLine, junkLine, type DecodeLine } from './decode-output';

/**
 * The packet inspector: decodes pasted text (or bytes) exactly as `ecocloud hj212 decode` does, one
 * line per frame or junk run. A paste without a final CRLF is completed, since editors drop it.
 */
export function inspectFrames(
  input: string | Uint8Array,
  opts: { crcMode?: CrcMode; strict?: boolean } = {},
): DecodeLine[] {
  const bytes =
    typeof input === 'string' ? Buffer.from(/\r\n$/.test(input) ? input : `${input.replace(/\n$/, '')}\r\n`) : input;
  const reader = new FrameReader();
  const events = [...reader.push(bytes), ...reader.end()];
  return events.map((e) => (e.kind === 'frame' ? frameLine(decodeFrame(e.raw, opts), e.offset) : junkLine(e)));
}
