/**
 * Chinese words for what a compliance lead names, for the facts a case opened from it starts with (the
 * facts go into the filing form and the decision, which officials read; codes stay out of them).
 */
const LEAD_KINDS: Readonly<Record<string, string>> = {
  exceedance: '超过许可排放浓度排放',
  sign: '在线监测数据异常',
  missing_data: '在线监测数据缺失',
  transmission: '在线监测数据传输率偏低',
  referral: '重金属超标（涉嫌刑事移送）',
};

const SIGN_KINDS: Readonly<Record<string, string>> = {
  constant: '监测数值长时间恒定而流量变化',
  o2_constant: '含氧量长时间恒定',
  zero_or_negative: '生产期间浓度为零或负值',
  identical_values: '不同因子数值完全相同',
  o2_out_of_range: '含氧量超出物理范围',
  flag_while_operating: '生产期间标记停运、维护或校准',
  gap_at_high_load: '高负荷时段数据缺失',
  reported_hourly_mismatch: '上报小时值与分钟均值不符',
  reported_converted_mismatch: '上报折算值与计算值不符',
  cluster_under_limit: '折算值集中于限值之下',
};

const POLLUTANTS: Readonly<Record<string, string>> = {
  so2: '二氧化硫',
  nox: '氮氧化物',
  dust: '颗粒物',
  co: '一氧化碳',
  hg: '汞及其化合物',
  nmhc: '非甲烷总烃',
  cod: '化学需氧量',
  nh3_n: '氨氮',
  tp: '总磷',
  tn: '总氮',
  ph: 'pH值',
  ss: '悬浮物',
  bod5: '五日生化需氧量',
  o2: '含氧量',
};

/** "二氧化硫超过许可排放浓度排放" / "在线监测数据异常（监测数值长时间恒定而流量变化）"; unknown codes are left out. */
export function leadWords(lead: { kind: string; signKind: string; pollutant: string }): string {
  const pollutant = POLLUTANTS[lead.pollutant.toLowerCase()] ?? '';
  const kind = LEAD_KINDS[lead.kind] ?? '在线监测线索';
  const sign = SIGN_KINDS[lead.signKind];
  return `${pollutant}${kind}${sign ? `（${sign}）` : ''}`;
}
