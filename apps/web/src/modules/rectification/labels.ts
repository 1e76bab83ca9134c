import type { ProblemStatus } from '@ecocloud/contracts';

/** Tag colours of the shown statuses: red for overdue and rebound, green once accepted, grey when closed. */
export const STATUS_COLORS: Record<ProblemStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  awaiting_acceptance: 'gold',
  self_accepted: 'cyan',
  higher_accepted: 'green',
  closed: 'default',
  rebounded: 'magenta',
  overdue: 'red',
};

const ROMAN = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'];
/** A water class (GB 3838-2002, 1–6) as the roman numeral reports use. */
export const romanClass = (n: number): string => ROMAN[n] ?? String(n);
