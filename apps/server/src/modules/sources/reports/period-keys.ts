/**
 * Period keys: the contracts write `2025`, `2025H1`, `2025Q3`, `2025-07` (API, table rows, overrides);
 * the pure rules in rules/report-periods.ts write `2025-H1`, `2025-Q3`. Converted at the module's edge.
 */
export function toContractKey(rulesKey: string): string {
  return rulesKey.replace(/^(\d{4})-([HQ]\d)$/, '$1$2');
}

export function toRulesKey(contractKey: string): string {
  return contractKey.replace(/^(\d{4})([HQ]\d)$/, '$1-$2');
}
