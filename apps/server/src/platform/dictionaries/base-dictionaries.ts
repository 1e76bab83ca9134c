/**
 * Code tables every installation starts with. Pollutant and HJ 212 factor codes are from
 * HJ 212-2017 附录B (HJ 524/525); industries are the sections (门类) of GB/T 4754-2017.
 * Regions are not here: they are the installation's own data (the demo loads Guangxi).
 */
export type BaseEntry = { code: string; label: string; labelEn: string; extra?: Record<string, unknown> };
export type BaseDictionary = { code: string; name: string; nameEn: string; entries: BaseEntry[] };

export const BASE_DICTIONARIES: BaseDictionary[] = [
  { code: 'region', name: '行政区划', nameEn: 'Regions', entries: [] },
  {
    code: 'pollutant', name: '污染物', nameEn: 'Pollutants',
    entries: [
      { code: 'so2', label: '二氧化硫', labelEn: 'SO2', extra: { unit: 'ug/m3', hj212: 'a21026' } },
      { code: 'no2', label: '二氧化氮', labelEn: 'NO2', extra: { unit: 'ug/m3', hj212: 'a21004' } },
      { code: 'co', label: '一氧化碳', labelEn: 'CO', extra: { unit: 'mg/m3', hj212: 'a21005' } },
      { code: 'o3', label: '臭氧', labelEn: 'O3', extra: { unit: 'ug/m3', hj212: 'a05024' } },
      { code: 'pm10', label: '可吸入颗粒物', labelEn: 'PM10', extra: { unit: 'ug/m3', hj212: 'a34002' } },
      { code: 'pm2_5', label: '细颗粒物', labelEn: 'PM2.5', extra: { unit: 'ug/m3', hj212: 'a34004' } },
    ],
  },
  {
    code: 'hj212_factor', name: 'HJ 212 因子编码', nameEn: 'HJ 212 factor codes',
    entries: [
      ['a21026', '二氧化硫', 'SO2', 'mg/m3', '02'], ['a21004', '二氧化氮', 'NO2', 'mg/m3', ''], ['a21003', '一氧化氮', 'NO', 'mg/m3', ''],
      ['a21002', '氮氧化物', 'NOx', 'mg/m3', '03'], ['a21005', '一氧化碳', 'CO', 'mg/m3', '04'], ['a05024', '臭氧', 'O3', 'ug/m3', ''],
      ['a34002', 'PM10', 'PM10', 'ng/m3', ''], ['a34004', 'PM2.5', 'PM2.5', 'ng/m3', ''], ['a34001', '总悬浮颗粒物', 'TSP', 'ng/m3', ''],
      ['a34013', '烟尘', 'Smoke and dust', 'mg/m3', '01'], ['a00000', '废气', 'Flue-gas flow', 'm3/s', 'B02'], ['a19001', '氧气含量', 'O2 content', '%', 'S01'],
      ['a01011', '烟气流速', 'Flue-gas velocity', 'm/s', 'S02'], ['a01012', '烟气温度', 'Flue-gas temperature', '°C', 'S03'],
      ['a01013', '烟气压力', 'Flue-gas pressure', 'kPa', 'S08'], ['a01014', '烟气湿度', 'Flue-gas humidity', '%', 'S05'],
      ['a24088', '非甲烷总烃', 'Non-methane hydrocarbons', 'mg/m3', ''], ['w00000', '污水', 'Wastewater flow', 'L/s', 'B01'],
      ['w01001', 'pH值', 'pH', '', '001'], ['w01018', '化学需氧量', 'COD', 'mg/L', '011'], ['w01019', '高锰酸盐指数', 'CODMn', 'mg/L', ''],
      ['w01017', '五日生化需氧量', 'BOD5', 'mg/L', '010'], ['w21003', '氨氮', 'NH3-N', 'mg/L', '060'], ['w21011', '总磷', 'TP', 'mg/L', '101'],
      ['w21001', '总氮', 'TN', 'mg/L', '065'], ['w01009', '溶解氧', 'DO', 'mg/L', ''], ['w01010', '水温', 'Water temperature', '°C', ''],
      ['w01012', '悬浮物', 'SS', 'mg/L', ''], ['w01014', '电导率', 'Conductivity', 'uS/cm', ''],
    ].map(([code, label, labelEn, unit, code2005]) => ({ code: code!, label: label!, labelEn: labelEn!, extra: { unit, code2005 } })),
  },
  {
    code: 'unit', name: '计量单位', nameEn: 'Units',
    entries: [
      ['ug/m3', '微克/立方米', 'µg/m³'], ['mg/m3', '毫克/立方米', 'mg/m³'], ['ng/m3', '纳克/立方米', 'ng/m³'], ['mg/L', '毫克/升', 'mg/L'],
      ['ug/L', '微克/升', 'µg/L'], ['dB(A)', '分贝(A计权)', 'dB(A)'], ['nGy/h', '纳戈瑞/小时', 'nGy/h'], ['L/s', '升/秒', 'L/s'],
      ['m3/s', '立方米/秒', 'm³/s'], ['kg', '千克', 'kg'], ['t', '吨', 't'], ['%', '百分比', '%'],
    ].map(([code, label, labelEn]) => ({ code: code!, label: label!, labelEn: labelEn! })),
  },
  {
    code: 'station_type', name: '站点类型', nameEn: 'Station types',
    entries: [
      ['air_national', '国控空气站', 'National air station'], ['air_provincial', '省控空气站', 'Provincial air station'],
      ['air_micro', '微型空气站', 'Micro air station'], ['water_river', '河流断面', 'River section'], ['water_lake', '湖库点位', 'Lake or reservoir point'],
      ['drinking_source', '饮用水水源地', 'Drinking-water source'], ['sea', '近岸海域点位', 'Coastal sea point'], ['noise', '声环境点位', 'Noise point'],
      ['radiation', '辐射环境自动站', 'Radiation station'], ['source_outlet', '污染源排放口', 'Pollution-source outlet'],
    ].map(([code, label, labelEn]) => ({ code: code!, label: label!, labelEn: labelEn! })),
  },
  {
    code: 'industry', name: '国民经济行业分类(门类)', nameEn: 'Industries (GB/T 4754 sections)',
    entries: [
      ['A', '农、林、牧、渔业', 'Agriculture, forestry, animal husbandry and fishery'], ['B', '采矿业', 'Mining'], ['C', '制造业', 'Manufacturing'],
      ['D', '电力、热力、燃气及水生产和供应业', 'Electricity, heat, gas and water supply'], ['E', '建筑业', 'Construction'],
      ['F', '批发和零售业', 'Wholesale and retail'], ['G', '交通运输、仓储和邮政业', 'Transport, storage and post'],
      ['H', '住宿和餐饮业', 'Accommodation and catering'], ['I', '信息传输、软件和信息技术服务业', 'Information and software services'],
      ['J', '金融业', 'Finance'], ['K', '房地产业', 'Real estate'], ['L', '租赁和商务服务业', 'Leasing and business services'],
      ['M', '科学研究和技术服务业', 'Research and technical services'], ['N', '水利、环境和公共设施管理业', 'Water, environment and public facilities'],
      ['O', '居民服务、修理和其他服务业', 'Household and other services'], ['P', '教育', 'Education'], ['Q', '卫生和社会工作', 'Health and social work'],
      ['R', '文化、体育和娱乐业', 'Culture, sports and entertainment'], ['S', '公共管理、社会保障和社会组织', 'Public administration'],
      ['T', '国际组织', 'International organisations'],
    ].map(([code, label, labelEn]) => ({ code: code!, label: label!, labelEn: labelEn! })),
  },
];
