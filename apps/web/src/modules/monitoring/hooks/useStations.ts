import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createStation, fetchStation, fetchStations, importStations, updateStation } from '../api';
import { fetchLatest } from '../observations-api';
import type { ImportMode, StationInput, StationKind, StationQuery } from '../types';

const STATIONS_KEY = ['monitoring', 'stations'] as const;

export function useStations(query: StationQuery) {
  return useQuery({
    queryKey: [...STATIONS_KEY, 'list', query],
    queryFn: () => fetchStations(query),
    placeholderData: keepPreviousData,
  });
}

/** Every station in scope for the map (the API allows pages of up to 1000). */
export function useAllStations(filter: { kind?: StationKind } = {}) {
  return useQuery({
    queryKey: [...STATIONS_KEY, 'all', filter],
    queryFn: () => fetchStations({ page: 1, pageSize: 1000, ...filter }),
  });
}

export function useStation(idOrCode: string) {
  return useQuery({ queryKey: [...STATIONS_KEY, 'one', idOrCode], queryFn: () => fetchStation(idOrCode) });
}

export function useLatest(filter: { kind?: StationKind; regionCode?: string } = {}) {
  return useQuery({ queryKey: ['monitoring', 'latest', filter], queryFn: () => fetchLatest(filter) });
}

function useStationMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: STATIONS_KEY }) });
}

export function useSaveStation() {
  return useStationMutation(({ id, input }: { id: string | null; input: StationInput }) => {
    if (id === null) return createStation(input);
    const { code: _fixed, ...changes } = input;
    return updateStation(id, changes);
  });
}

export function useImportStations(onProgress: (percent: number) => void) {
  return useStationMutation((vars: { file: File; dryRun: boolean; mode: ImportMode }) =>
    importStations(vars.file, { dryRun: vars.dryRun, mode: vars.mode }, onProgress),
  );
}
