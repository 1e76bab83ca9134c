const KEY = ['rectification'] as const;

/** The query keys of the rectification module, one builder per query. */
export const rectificationKeys = {
  all: () => KEY,
  batches: () => [...KEY, 'batches'] as const,
  problems: (query?: object) => [...KEY, 'problems', ...(query ? [query] : [])] as const,
  problem: (id: string) => [...KEY, 'problem', id] as const,
  notices: (query?: object) => [...KEY, 'notices', ...(query ? [query] : [])] as const,
  noticesNeeded: () => [...KEY, 'notices-needed'] as const,
};
