import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { CRC_MODES, FrameReader, decodeFrame } from '@ecocloud/hj212';
import type { CrcMode, FrameEvent } from '@ecocloud/hj212';
import { frameLine, junkLine } from './decode-output';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: ecocloud hj212 decode [FILE|-] [--crc-mode hj212|modbus|modbus-swapped] [--strict]\n';

/**
 * `ecocloud hj212 decode [FILE|-] [--crc-mode …] [--strict]`: reads a byte stream (a file, or
 * stdin for `-` or no argument) and prints one JSON object per line for each frame or run of
 * junk found. Exit code 0 when every frame decoded ok and there was no junk, 1 otherwise,
 * 2 on a usage error.
 */
export async function runHj212Decode(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'crc-mode': { type: 'string', default: 'hj212' }, strict: { type: 'boolean', default: false } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const crcMode = parsed.values['crc-mode'] as CrcMode;
  if (!CRC_MODES.includes(crcMode) || parsed.positionals.length > 1) {
    io.stderr.write(USAGE);
    return 2;
  }
  const file = parsed.positionals[0] ?? '-';
  const input = file === '-' ? io.stdin : createReadStream(file);
  const reader = new FrameReader();
  const options = { crcMode, strict: parsed.values.strict };
  let allOk = true;

  const emit = async (events: FrameEvent[]): Promise<void> => {
    for (const event of events) {
      const line = event.kind === 'frame' ? frameLine(decodeFrame(event.raw, options), event.offset) : junkLine(event);
      allOk &&= line.ok;
      if (!io.stdout.write(`${JSON.stringify(line)}\n`)) await once(io.stdout, 'drain');
    }
  };

  try {
    for await (const chunk of input) {
      await emit(reader.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array)));
    }
  } catch (error) {
    io.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  await emit(reader.end());
  return allOk ? 0 : 1;
}
