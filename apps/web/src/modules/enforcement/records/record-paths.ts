export const RECORDS_PATH = '/app/enforcement/inspection-records';
export const recordPath = (id: string) => `${RECORDS_PATH}/${encodeURIComponent(id)}`;

/** The form for a unit (from a plan's drawn unit or from the enterprise). */
export function newRecordPath(enterpriseId: string, name: string, planId?: string): string {
  const q = new URLSearchParams({ enterpriseId, name, ...(planId ? { planId } : {}) });
  return `${RECORDS_PATH}/new?${q.toString()}`;
}
