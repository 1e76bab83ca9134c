import { GUANGDONG_2022 } from './guangdong-2022';
import type { Jurisdiction } from './types';

/**
 * 广西壮族自治区生态环境行政处罚裁量规则（2023版）(in force 2023-07-15): the rules moved the formula into
 * the rules and re-set coefficients per violation type, but neither the formula nor the coefficients were
 * obtained (regulation.md §3.5 ⚠). Until an administrator confirms them from the official PDF, the
 * province's tables keep the factor structure of the weight-accumulation mode with Guangdong 2022's
 * weights as PLACEHOLDERS, every table marked unverified, and the decision text says so.
 */
export const GUANGXI_2023: Jurisdiction = {
  code: '450000',
  name: '广西壮族自治区',
  // ⚠ Guangxi's reading of 以上/以下 is not known; Guangdong's is assumed.
  boundaryWords: GUANGDONG_2022.boundaryWords,
  tables: GUANGDONG_2022.tables.map((t) => ({
    ...t,
    jurisdiction: '450000',
    from: '2023-07-15',
    to: null,
    verified: false,
    source: '桂环规范 2023版裁量规则：系数未取得，暂用广东2022年权重作占位，待管理员依正式文本确认',
  })),
  noPenalty: [],
};
