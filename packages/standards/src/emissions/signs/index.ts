import { detectConstantValues } from './constant';
import { DEFAULT_SIGN_SETTINGS } from './defaults';
import { detectFlagsWhileOperating } from './false-mark';
import { detectGapsAtHighLoad } from './gaps';
import { detectIdenticalAcrossPollutants } from './identical';
import { detectO2OutOfRange } from './o2-range';
import { detectReportedMismatch, type HourValue } from './reported';
import { detectClusterUnderLimit } from './under-limit';
import type { OutletHours, Sign, SignSettings } from './types';
import { detectZeroWhileOperating } from './zero';

export * from './types';
export { DEFAULT_SIGN_SETTINGS, SIGN_ACTS } from './defaults';
export { summariseHour } from './summary';
export { operatingHours, hourRuns } from './operation';
export type { HourValue };
export {
  detectClusterUnderLimit,
  detectReportedMismatch,
  detectConstantValues,
  detectFlagsWhileOperating,
  detectGapsAtHighLoad,
  detectIdenticalAcrossPollutants,
  detectO2OutOfRange,
  detectZeroWhileOperating,
};

/** Every detector over one outlet's hours, signs sorted by start then kind. */
export function detectSigns(outlet: OutletHours, settings: Partial<SignSettings> = {}): Sign[] {
  const s = { ...DEFAULT_SIGN_SETTINGS, ...settings };
  return [
    ...detectConstantValues(outlet, s),
    ...detectZeroWhileOperating(outlet, s),
    ...detectIdenticalAcrossPollutants(outlet, s),
    ...detectO2OutOfRange(outlet),
    ...detectFlagsWhileOperating(outlet, s),
    ...detectGapsAtHighLoad(outlet, s),
  ].sort((a, b) => a.from - b.from || a.kind.localeCompare(b.kind) || a.pollutant.localeCompare(b.pollutant));
}
