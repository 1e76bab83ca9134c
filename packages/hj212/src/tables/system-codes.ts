import type { CodeEntry } from './code-entry';

/**
 * System codes ST, HJ 212-2017 表5. Ranges: 10–29 environmental quality, 30–49 pollution
 * sources, 50–69 process (工况) monitoring, 91–99 system interaction, A0–Z9 extension.
 */
export const SYSTEM_CODES: readonly CodeEntry[] = [
  { code: '21', zh: '地表水质量监测', en: 'surface water quality' },
  { code: '22', zh: '空气质量监测', en: 'air quality' },
  { code: '23', zh: '声环境质量监测', en: 'acoustic environment quality' },
  { code: '24', zh: '地下水质量监测', en: 'groundwater quality' },
  { code: '25', zh: '土壤质量监测', en: 'soil quality' },
  { code: '26', zh: '海水质量监测', en: 'seawater quality' },
  { code: '27', zh: '挥发性有机物监测', en: 'volatile organic compounds (VOCs)' },
  { code: '31', zh: '大气环境污染源', en: 'atmospheric pollution source' },
  { code: '32', zh: '地表水体环境污染源', en: 'surface-water pollution source' },
  { code: '33', zh: '地下水体环境污染源', en: 'groundwater pollution source' },
  { code: '34', zh: '海洋环境污染源', en: 'marine pollution source' },
  { code: '35', zh: '土壤环境污染源', en: 'soil pollution source' },
  { code: '36', zh: '声环境污染源', en: 'noise source' },
  { code: '37', zh: '振动环境污染源', en: 'vibration source' },
  { code: '38', zh: '放射性环境污染源', en: 'radioactive source' },
  { code: '39', zh: '工地扬尘污染源', en: 'construction-site dust' },
  { code: '41', zh: '电磁环境污染源', en: 'electromagnetic source' },
  { code: '51', zh: '烟气排放过程监控', en: 'flue-gas process monitoring' },
  { code: '52', zh: '污水排放过程监控', en: 'wastewater process monitoring' },
  { code: '91', zh: '系统交互', en: 'system interaction' },
];
