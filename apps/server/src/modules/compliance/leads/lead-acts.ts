/**
 * The rule each non-sign lead may break, in the words of regulation.md (§1.5 sanctions, §2.1 instruments,
 * §1.4 networking duty). Date-keyed (regulation.md §0, point 1): an act that runs on or after the day
 * the 生态环境法典 takes force (2026-08-15, Beijing time) is judged under the Code, a continuing act
 * included; before it, under the 排污许可管理条例 and the laws the Code repealed. The sign detectors'
 * acts come from @ecocloud/standards (SIGN_ACTS).
 */

/** 2026-08-15 00:00 Beijing time: the 生态环境法典 in force (art. 1242 repeals 大气法, 水法 …). */
const CODE_IN_FORCE = '2026-08-14T16:00:00.000Z';

const underCode = (endIso: string): boolean => endIso > CODE_IN_FORCE;

/** Exceeding the permitted concentration: 条例 §34(1), Code art. 1103 (10–100 万). */
export function exceedanceAct(endIso: string): string {
  return underCode(endIso)
    ? '超过许可排放浓度排放污染物（生态环境法典第一千一百零三条；排污许可管理条例第三十四条第（一）项）'
    : '超过许可排放浓度排放污染物（排污许可管理条例第三十四条第（一）项；大气污染防治法第九十九条第（二）项 / 水污染防治法第八十三条第（二）项）';
}

/**
 * Hours without data from a key unit's logger: the automatic monitoring not kept running (条例 §36,
 * Code art. 1086); the operating rules want a repair within 48 h and manual sampling meanwhile.
 */
export function missingDataAct(endIso: string): string {
  return underCode(endIso)
    ? '自动监测设备未保持正常运行（生态环境法典第一千零八十六条；排污许可管理条例第三十六条）；污染源自动监控设施运行管理办法：48 小时内恢复，期间人工监测每日不少于 4 次'
    : '自动监测设备未保持正常运行（排污许可管理条例第三十六条）；污染源自动监控设施运行管理办法：48 小时内恢复，期间人工监测每日不少于 4 次';
}

/** A day under the transmission threshold: the networking duty (条例 §20, Code art. 184) and §36 / art. 1086. */
export function transmissionAct(endIso: string): string {
  return underCode(endIso)
    ? '自动监测数据未按规定联网传输（生态环境法典第一百八十四条、第一千零八十六条；排污许可管理条例第二十条、第三十六条）'
    : '自动监测数据未按规定联网传输（排污许可管理条例第二十条、第三十六条）';
}
