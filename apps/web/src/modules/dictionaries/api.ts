import type { DictEntry, DictionarySchema, ImportReport } from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';

export type Dictionary = z.infer<typeof DictionarySchema>;
export type EntryQuery = { page: number; pageSize: number; q?: string; sort?: string; order?: 'asc' | 'desc' };
export type EntryInput = {
  code: string;
  label: string;
  labelEn?: string | null;
  extra?: Record<string, unknown>;
  sortOrder?: number;
};
export type ImportMode = 'valid-rows' | 'all-or-nothing';
export type ExportFormat = 'csv' | 'xlsx';

export const ENTRY_SORT_KEYS = ['code', 'label', 'sortOrder'] as const;
const base = (code: string) => `/api/v1/dictionaries/${encodeURIComponent(code)}`;

export function fetchDictionaries(): Promise<{ items: Dictionary[]; total: number }> {
  return http('/api/v1/dictionaries');
}

export function fetchEntries(code: string, query: EntryQuery): Promise<{ items: DictEntry[]; total: number }> {
  return http(`${base(code)}/entries`, { query });
}

export function createEntry(code: string, input: EntryInput): Promise<DictEntry> {
  return http<DictEntry>(`${base(code)}/entries`, { method: 'POST', body: input });
}

/** The code is the entry's identity and cannot change; everything else can. */
export function updateEntry(code: string, id: string, input: Omit<EntryInput, 'code'>): Promise<DictEntry> {
  return http<DictEntry>(`${base(code)}/entries/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function deleteEntry(code: string, id: string): Promise<void> {
  return http<void>(`${base(code)}/entries/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** A plain GET link: the browser sends the session cookie and saves the file itself. */
export function exportUrl(code: string, format: ExportFormat): string {
  return buildUrl(`${base(code)}/export`, { format });
}

/**
 * Uploads a CSV/XLSX file (multipart field `file`). With `dryRun` nothing is written and the
 * report lists every row-level error; `mode` decides whether valid rows go in without the rest.
 */
export function importEntries(
  code: string,
  file: File,
  opts: { dryRun: boolean; mode: ImportMode },
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http<ImportReport>(`${base(code)}/import`, {
    method: 'POST',
    query: { dryRun: opts.dryRun, mode: opts.mode },
    body: form,
  });
}
