import { ratio } from '../../exact';
import type { SignSettings } from './types';

/** Defaults of the sign detectors: all ⚠ engineering choices, tuned so a normal noisy outlet raises nothing. */
export const DEFAULT_SIGN_SETTINGS: SignSettings = {
  constantMinHours: 4,
  flowVariationShare: ratio(1n, 100n),
  operatingFlowShareOfMedian: ratio(3n, 10n),
  identicalMinHours: 2,
  falseMarkMinMinutes: 45,
  falseMarkMinHours: 2,
  highLoadQuantile: ratio(3n, 4n),
  gapMinHours: 3,
  gapRateRatio: ratio(2n, 1n),
  reportedAbsoluteTolerance: ratio(1n, 200n),
  reportedRelativeTolerance: ratio(1n, 100n),
  underLimitBand: ratio(9n, 10n),
  underLimitMinHours: 24,
  underLimitMinShare: ratio(1n, 2n),
  underLimitShareRatio: ratio(3n, 1n),
  minValidMinutesPerHour: 45,
};

/** regulation.md §2.3 acts each sign may indicate (an engineering reading, not words of the texts). */
export const SIGN_ACTS = {
  constant: '环发〔2015〕175号 §5 simulation-generated data; 条例 §25 abnormal operation of devices',
  o2: '环发〔2015〕175号 §4 changing instrument conditions (the O2 term drives 折算); 条例 §25',
  zero: '环发〔2015〕175号 §4 blocking the sampling port / dilution; 条例 §25 abnormal operation',
  identical: '环发〔2015〕175号 §5 simulation-generated data; §4 adding or modifying data',
  falseMark: '生态环境监测条例 §25 false marking of device status or production conditions',
  gap: '环发〔2015〕175号 §4 not transmitting raw data per spec; selective recording',
  reported: '环发〔2015〕175号 §5 report vs raw record mismatch; §4 modifying transmitted data or programs',
  underLimit:
    '环发〔2015〕175号 §4 changing instrument conditions, dosing standards to bias the analyser, unreasonable selection',
} as const;
