import type { QuarantineReasonCode } from '@ecocloud/contracts';
import { toReadings, type DecodedFrame } from '@ecocloud/hj212';
import type { Period, Reading } from '../ingest/reading';
import { scaleDecimal } from './decimal-scale';
import { readingTooLong } from './field-bounds';
import type { GatewayDevice } from './gateway-device';

/** Upload commands that carry monitoring data (HJ 212-2017 表9) and the period each stores. */
const DATA_COMMANDS: Readonly<Record<string, Period>> = {
  '2011': 'rt',
  '2051': '1m',
  '2061': '1h',
  '2031': '1d',
};

/** The value field stored per period: the instant value for real-time data, the mean otherwise (表4). */
const VALUE_FIELD: Readonly<Record<Period, string>> = { rt: 'Rtd', '1m': 'Avg', '1h': 'Avg', '1d': 'Avg' };

export type MappedFrame =
  { ok: true; readings: Reading[] } | { ok: false; reasonCode: QuarantineReasonCode; reason: string };

export function isDataCommand(cn: string | null): boolean {
  return cn !== null && cn in DATA_COMMANDS;
}

/**
 * Turns a decoded (and reassembled) data upload into stored readings for the device's station:
 * factor code → parameter through the device's factor map (an unmapped code is stored under the
 * code itself), value × scale exactly, `-Flag` kept, DataTime (UTC+8, the START of the period
 * for 2051/2061/2031, the instant for 2011) → ISO UTC. Other value fields (Min, Max, Cou …) are
 * kept in the packet archive, not stored as readings. A code, value or flag longer than its
 * column (field-bounds.ts) refuses the whole packet.
 */
export function mapFrameToReadings(frame: DecodedFrame, device: GatewayDevice): MappedFrame {
  const period = frame.cn === null ? undefined : DATA_COMMANDS[frame.cn];
  if (!period)
    return { ok: false, reasonCode: 'HJ212_NOT_DATA', reason: `CN ${frame.cn ?? '(none)'} carries no monitoring data` };
  const { dataTime, factors } = toReadings(frame);
  if (!dataTime)
    return { ok: false, reasonCode: 'HJ212_BAD_DATATIME', reason: 'DataTime is missing or not a valid YYYYMMDDhhmmss' };
  const periodStart = dataTime.toISOString();
  const field = VALUE_FIELD[period];
  const readings: Reading[] = [];
  for (const f of factors) {
    if (f.field !== field) continue;
    const mapping = device.factorMap[f.code] ?? device.factorMap[f.sourceCode];
    const parameter = mapping?.parameter ?? f.code;
    const flag = f.flag ?? null;
    const tooLong = readingTooLong(parameter, f.value, flag);
    if (tooLong) return { ok: false, reasonCode: 'HJ212_FIELD_TOO_LONG', reason: tooLong };
    readings.push({
      stationId: device.stationId,
      parameter,
      period,
      periodStart,
      value: scaleDecimal(f.value, mapping?.scale ?? 1),
      valueText: f.value,
      flag,
    });
  }
  return { ok: true, readings };
}
