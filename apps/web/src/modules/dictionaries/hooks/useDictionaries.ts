import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createEntry,
  deleteEntry,
  fetchDictionaries,
  fetchEntries,
  importEntries,
  updateEntry,
  type EntryInput,
  type EntryQuery,
  type ImportMode,
} from '../api';

const DICT_KEY = ['dictionaries'] as const;

export function useDictionaries() {
  return useQuery({ queryKey: DICT_KEY, queryFn: fetchDictionaries });
}

export function useEntries(code: string | null, query: EntryQuery) {
  return useQuery({
    queryKey: [...DICT_KEY, code, 'entries', query],
    queryFn: () => fetchEntries(code ?? '', query),
    enabled: code !== null,
    placeholderData: keepPreviousData,
  });
}

/** Every write changes entry counts too, so the whole dictionaries cache is refreshed. */
function useDictMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: DICT_KEY }) });
}

export function useSaveEntry(code: string) {
  return useDictMutation(({ id, input }: { id: string | null; input: EntryInput }) => {
    if (id === null) return createEntry(code, input);
    const { code: _fixed, ...changes } = input;
    return updateEntry(code, id, changes);
  });
}

export function useDeleteEntry(code: string) {
  return useDictMutation((id: string) => deleteEntry(code, id));
}

export function useImportEntries(code: string) {
  return useDictMutation((vars: { file: File; dryRun: boolean; mode: ImportMode }) =>
    importEntries(code, vars.file, { dryRun: vars.dryRun, mode: vars.mode }),
  );
}
