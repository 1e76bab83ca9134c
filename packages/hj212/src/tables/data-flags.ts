import type { CodeEntry } from './code-entry';

/** Data flags `xxxxxx-Flag`, HJ 212-2017 表8. */
export const DATA_FLAGS: readonly CodeEntry[] = [
  { code: 'N', zh: '在线监控（监测）仪器仪表工作正常', en: 'normal' },
  { code: 'F', zh: '在线监控（监测）仪器仪表停运', en: 'instrument stopped' },
  { code: 'M', zh: '在线监控（监测）仪器仪表处于维护期间产生的数据', en: 'maintenance period' },
  { code: 'S', zh: '手工输入的设定值', en: 'manually entered set value' },
  { code: 'D', zh: '在线监控（监测）仪器仪表故障', en: 'instrument fault' },
  { code: 'C', zh: '在线监控（监测）仪器仪表处于校准状态', en: 'calibration' },
  { code: 'T', zh: '在线监控（监测）仪器仪表采样数值超过测量上限', en: 'above measuring range' },
  { code: 'B', zh: '在线监控（监测）仪器仪表与数采仪通讯异常', en: 'DAQ–instrument communication failure' },
];

/**
 * Field suffixes of CP items, HJ 212-2017 表4. Value fields carry a measurement; the rest
 * describe it (flags, sampling time).
 */
export const VALUE_FIELDS: readonly string[] = [
  'Rtd',
  'Min',
  'Avg',
  'Max',
  'Cou',
  'ZsRtd',
  'ZsMin',
  'ZsAvg',
  'ZsMax',
  'Data',
  'DayData',
  'NightData',
];
export const META_FIELDS: readonly string[] = ['Flag', 'EFlag', 'SampleTime'];
