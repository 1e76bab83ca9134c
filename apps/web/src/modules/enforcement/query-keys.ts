const KEY = ['enforcement'] as const;

/** The query keys of the enforcement module, one builder per query, so a write names what it affects. */
export const enforcementKeys = {
  cases: (query?: object) => [...KEY, 'cases', ...(query ? [query] : [])] as const,
  case: (id: string) => [...KEY, 'case', id] as const,
  enterprises: (q: string) => [...KEY, 'enterprises', q] as const,
  inspectionObjects: (regionCode?: string) => [...KEY, 'inspection-objects', regionCode ?? ''] as const,
  inspectors: () => [...KEY, 'inspectors'] as const,
  plans: () => [...KEY, 'inspection-plans'] as const,
  plan: (id: string) => [...KEY, 'inspection-plan', id] as const,
};
