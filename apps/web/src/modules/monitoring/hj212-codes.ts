import type { CrcMode } from './types';

/** HJ 212-2017 表5 system codes (ST) a logger is likely to send; the form also accepts others (A0–Z9 extensions). */
export const ST_CODES = [
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '41',
  '51',
  '52',
] as const;

/**
 * CRC variants: the standard's own (Appendix A, CRC 1C80 for its example frame), and two
 * non-compliant ones real loggers use: CRC-16/MODBUS, and MODBUS with the bytes swapped.
 */
export const CRC_MODES: readonly CrcMode[] = ['hj212', 'modbus', 'modbus-swapped'];
