import type { CaseSummary } from '@ecocloud/contracts';

/** The violation as a document or the portal words it (违法行为), for each violation type of the standards. */
export const VIOLATION_TEXT: Readonly<Record<CaseSummary['violation'], string>> = {
  water_exceed_standard: '超过水污染物排放标准排放水污染物',
  water_exceed_permit: '超过排污许可证规定的许可排放浓度排放水污染物',
  air_exceed_standard: '超过大气污染物排放标准排放大气污染物',
  air_exceed_permit: '超过排污许可证规定的许可排放浓度排放大气污染物',
  water_evasion: '通过逃避监管的方式排放水污染物',
  air_evasion: '通过逃避监管的方式排放大气污染物',
  no_permit: '未取得排污许可证排放污染物',
  data_falsification: '篡改、伪造自动监测数据',
};
