import type { CodeEntry } from './code-entry';

/** `QnRtn` values of a 9011 request response, HJ 212-2017 表7. */
export const QN_RTN = {
  READY: '1',
  REJECTED: '2',
  PW_ERROR: '3',
  MN_ERROR: '4',
  ST_ERROR: '5',
  FLAG_ERROR: '6',
  QN_ERROR: '7',
  CN_ERROR: '8',
  CRC_ERROR: '9',
  UNKNOWN: '100',
} as const;
export type QnRtn = (typeof QN_RTN)[keyof typeof QN_RTN];

export const QN_RTN_CODES: readonly CodeEntry[] = [
  { code: '1', zh: '准备执行请求', en: 'ready to execute' },
  { code: '2', zh: '请求被拒绝', en: 'request rejected' },
  { code: '3', zh: 'PW 错误', en: 'password error' },
  { code: '4', zh: 'MN 错误', en: 'MN error' },
  { code: '5', zh: 'ST 错误', en: 'ST error' },
  { code: '6', zh: 'Flag 错误', en: 'Flag error' },
  { code: '7', zh: 'QN 错误', en: 'QN error' },
  { code: '8', zh: 'CN 错误', en: 'CN error' },
  { code: '9', zh: 'CRC 校验错误', en: 'CRC error' },
  { code: '100', zh: '未知错误', en: 'unknown error' },
];

/** `ExeRtn` values of a 9012 execution result, HJ 212-2017 表6. */
export const EXE_RTN = {
  SUCCESS: '1',
  FAILED: '2',
  CONDITION_ERROR: '3',
  TIMEOUT: '4',
  BUSY: '5',
  FAULT: '6',
  NO_DATA: '100',
} as const;
export type ExeRtn = (typeof EXE_RTN)[keyof typeof EXE_RTN];

export const EXE_RTN_CODES: readonly CodeEntry[] = [
  { code: '1', zh: '执行成功', en: 'success' },
  { code: '2', zh: '执行失败，但不知道原因', en: 'failed, reason unknown' },
  { code: '3', zh: '命令请求条件错误', en: 'request condition error' },
  { code: '4', zh: '通讯超时', en: 'communication timeout' },
  { code: '5', zh: '系统繁忙不能执行', en: 'system busy' },
  { code: '6', zh: '系统故障', en: 'system fault' },
  { code: '100', zh: '没有数据', en: 'no data' },
];
