const KEY = ['enforcement'] as const;

/** The query keys of the enforcement module, one builder per query, so a write names what it affects. */
export const enforcementKeys = {
  cases: (query?: object) => [...KEY, 'cases', ...(query ? [query] : [])] as const,
  case: (id: string) => [...KEY, 'case', id] as const,
  enterprises: (q: string) => [...KEY, 'enterprises', q] as const,
};
