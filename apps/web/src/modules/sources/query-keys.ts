import type { QueryKey } from '@tanstack/react-query';

const SOURCES_KEY = ['sources'] as const;

/** The query keys of the sources module, one builder per query, so a write names what it affects. */
export const sourcesKeys = {
  enterprises: (query?: object) => [...SOURCES_KEY, 'enterprises', ...(query ? [query] : [])] as const,
  file: (id?: string) => [...SOURCES_KEY, 'file', ...(id ? [id] : [])] as const,
  due: (query?: object) => [...SOURCES_KEY, 'due', ...(query ? [query] : [])] as const,
  reports: (query?: object) => [...SOURCES_KEY, 'reports', ...(query ? [query] : [])] as const,
  clockRules: () => [...SOURCES_KEY, 'clock-rules'] as const,
  deadlineOverrides: () => [...SOURCES_KEY, 'deadline-overrides'] as const,
  publicEnterprise: (uscc: string) => ['public', 'enterprise', uscc] as const,
};

/** A write of the sources module, with what the client knows of its target. */
export type SourcesWrite =
  | { kind: 'enterprise-created' }
  | { kind: 'enterprise-updated'; enterpriseId: string }
  | { kind: 'outlet'; enterpriseId: string }
  | { kind: 'permit'; enterpriseId: string }
  | { kind: 'permit-limits'; enterpriseId: string }
  | { kind: 'deadline-override' }
  | { kind: 'permit-event'; enterpriseId: string }
  | { kind: 'report'; enterpriseId: string }
  | { kind: 'import' }
  | { kind: 'clock-rules' };

/** The queries a write makes stale, and only those. */
export function keysAffectedBy(write: SourcesWrite): QueryKey[] {
  switch (write.kind) {
    case 'enterprise-created':
      return [sourcesKeys.enterprises()];
    case 'enterprise-updated': // name, region, category … show in the list and on its page
      return [sourcesKeys.enterprises(), sourcesKeys.file(write.enterpriseId)];
    case 'outlet': // outlets show only on their enterprise's page
      return [sourcesKeys.file(write.enterpriseId)];
    case 'permit': // a new permit changes the list's situation, its clocks and the reports it owes
      return [
        sourcesKeys.enterprises(),
        sourcesKeys.file(write.enterpriseId),
        sourcesKeys.due(),
        sourcesKeys.reports(),
      ];
    case 'permit-limits': // limits show on the enterprise's page only; no clock reads them
      return [sourcesKeys.file(write.enterpriseId)];
    case 'deadline-override': // a moved deadline moves every permit's report due dates
      return [sourcesKeys.deadlineOverrides(), sourcesKeys.reports(), sourcesKeys.due(), sourcesKeys.file()];
    case 'permit-event': // a renewal moves valid_to: the list's situation, the file and what falls due
      return [sourcesKeys.enterprises(), sourcesKeys.file(write.enterpriseId), sourcesKeys.due()];
    case 'report': // a report changes the report list, the file's reports and the due list (reports fall due)
      return [sourcesKeys.reports(), sourcesKeys.file(write.enterpriseId), sourcesKeys.due()];
    case 'clock-rules': // the rules move every permit clock's due date
      return [sourcesKeys.clockRules(), sourcesKeys.due(), sourcesKeys.file()];
    case 'import': // an import can touch any enterprise
      return [sourcesKeys.enterprises(), sourcesKeys.file(), sourcesKeys.due(), sourcesKeys.reports()];
  }
}
