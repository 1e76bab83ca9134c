/**
 * The demo province: Guangxi's 14 prefecture-level cities with their administrative codes
 * (GB/T 2260), a few counties, and the department's divisions. Data, not code: another
 * province loads its own tree the same way.
 */
export const DEMO_PROVINCE = {
  code: '450000',
  name: '广西壮族自治区生态环境厅',
  nameEn: 'Department of Ecology and Environment of Guangxi',
  region: '广西壮族自治区',
  regionEn: 'Guangxi',
};

export const DEMO_CITIES: [code: string, name: string, nameEn: string][] = [
  ['450100', '南宁市', 'Nanning'],
  ['450200', '柳州市', 'Liuzhou'],
  ['450300', '桂林市', 'Guilin'],
  ['450400', '梧州市', 'Wuzhou'],
  ['450500', '北海市', 'Beihai'],
  ['450600', '防城港市', 'Fangchenggang'],
  ['450700', '钦州市', 'Qinzhou'],
  ['450800', '贵港市', 'Guigang'],
  ['450900', '玉林市', 'Yulin'],
  ['451000', '百色市', 'Baise'],
  ['451100', '贺州市', 'Hezhou'],
  ['451200', '河池市', 'Hechi'],
  ['451300', '来宾市', 'Laibin'],
  ['451400', '崇左市', 'Chongzuo'],
];

export const DEMO_COUNTIES: [code: string, name: string, nameEn: string][] = [
  ['450102', '兴宁区', 'Xingning'],
  ['450103', '青秀区', 'Qingxiu'],
  ['450321', '阳朔县', 'Yangshuo'],
  ['450323', '灵川县', 'Lingchuan'],
  ['450521', '合浦县', 'Hepu'],
];

export const DEMO_DIVISIONS: [name: string, nameEn: string][] = [
  ['大气环境处', 'Air Environment Division'],
  ['水生态环境处', 'Water Ecology Division'],
  ['土壤生态环境处', 'Soil Ecology Division'],
  ['固体废物与化学品处', 'Solid Waste and Chemicals Division'],
  ['应对气候变化处', 'Climate Change Division'],
  ['生态环境监测处', 'Monitoring Division'],
  ['生态环境执法局', 'Enforcement Bureau'],
  ['督察办公室', 'Inspection Office'],
  ['信访办公室', 'Petitions Office'],
  ['辐射安全管理处', 'Radiation Safety Division'],
  ['自然生态保护处', 'Nature Conservation Division'],
];
