const KEY = ['compliance'] as const;

/** The query keys of the compliance module, one builder per query, so a write names what it affects. */
export const complianceKeys = {
  leads: (query?: object) => [...KEY, 'leads', ...(query ? [query] : [])] as const,
  lead: (id?: string) => [...KEY, 'lead', ...(id ? [id] : [])] as const,
  hours: (outletId: string, range: object) => [...KEY, 'hours', outletId, range] as const,
  days: (outletId: string, range: object) => [...KEY, 'days', outletId, range] as const,
  exceedances: (query: object) => [...KEY, 'exceedances', query] as const,
  amounts: (enterpriseId: string, year: number) => [...KEY, 'amounts', enterpriseId, year] as const,
  stats: (query?: object) => [...KEY, 'stats', ...(query ? [query] : [])] as const,
  specialPeriods: () => [...KEY, 'special-periods'] as const,
  settings: () => [...KEY, 'settings'] as const,
  enterpriseFile: (id: string) => [...KEY, 'enterprise-file', id] as const,
};
