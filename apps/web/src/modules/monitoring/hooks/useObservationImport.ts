import { useMutation } from '@tanstack/react-query';
import { importObservations } from '../observations-api';
import type { ImportMode } from '../types';

export function useObservationImport(onProgress: (percent: number) => void) {
  return useMutation({
    mutationFn: (vars: { file: File; dryRun: boolean; mode: ImportMode; period: '1h' | '1d'; replace: boolean }) =>
      importObservations(
        vars.file,
        { dryRun: vars.dryRun, mode: vars.mode, period: vars.period, replace: vars.replace },
        onProgress,
      ),
  });
}
