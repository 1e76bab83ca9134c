/** Indicators the module computes live (metric keys of the registry); admins may define others, tracked without live data. */
export type LiveIndicator = {
  key: string;
  name: string;
  nameEn: string;
  unit: string;
  direction: 'at_most' | 'at_least';
  kind: 'mean' | 'ratio';
};

export const LIVE_INDICATORS: readonly LiveIndicator[] = [
  {
    key: 'air.pm25_annual_mean',
    name: 'PM2.5年均浓度',
    nameEn: 'PM2.5 annual mean',
    unit: 'µg/m³',
    direction: 'at_most',
    kind: 'mean',
  },
  {
    key: 'air.good_day_ratio',
    name: '空气质量优良天数比例',
    nameEn: 'Good-day ratio',
    unit: '%',
    direction: 'at_least',
    kind: 'ratio',
  },
  {
    key: 'water.good_class_share',
    name: '地表水水质优良(Ⅰ～Ⅲ类)比例',
    nameEn: 'Share of sections in classes I–III',
    unit: '%',
    direction: 'at_least',
    kind: 'ratio',
  },
  {
    key: 'water.worse_than_v_share',
    name: '地表水劣Ⅴ类比例',
    nameEn: 'Share of sections worse than class V',
    unit: '%',
    direction: 'at_most',
    kind: 'ratio',
  },
];

export const findLiveIndicator = (key: string): LiveIndicator | undefined => LIVE_INDICATORS.find((i) => i.key === key);
