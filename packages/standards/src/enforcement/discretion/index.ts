export type { BoundaryWords, DiscretionTable, Factor, Grade, Jurisdiction, NoPenaltyRule } from './types';
export { fineOf, noPenaltyRule, tableFor, weigh, type Inputs, type WeighedFactor, type Weighing } from './compute';
export { GUANGDONG_2022 } from './guangdong-2022';
export { GUANGXI_2023 } from './guangxi-2023';
