/** The shared working-day calendar's overrides (base holidays ship in code: china-holidays.ts). */
export interface CalendarDaysTable {
  /** Shanghai date `YYYY-MM-DD`. */
  date: string;
  /** 'holiday' (a weekday off) or 'workday' (a weekend worked, 调休). */
  kind: string;
  name: string;
  created_by: string | null;
  created_at: string;
}

export interface DeadlineTables {
  calendar_days: CalendarDaysTable;
}
