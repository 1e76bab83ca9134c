import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { decodeFrames, fetchQuarantine, type QuarantineQuery } from '../api';
import type { CrcMode } from '../types';

export function useQuarantine(query: QuarantineQuery) {
  return useQuery({
    queryKey: ['monitoring', 'quarantine', query],
    queryFn: () => fetchQuarantine(query),
    placeholderData: keepPreviousData,
  });
}

/** Decoding writes nothing, but it is a POST the user triggers: a mutation, not a cached query. */
export function useDecodeFrames() {
  return useMutation({
    mutationFn: ({ text, crcMode }: { text: string; crcMode: CrcMode }) => decodeFrames(text, crcMode),
  });
}
