import type { BatchBody, ProblemBody, ProblemDetail } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/http';
import {
  addEvidence,
  createBatch,
  createProblem,
  fetchBatches,
  fetchProblem,
  fetchProblems,
  importLedger,
  takeStep,
  updateProblem,
  type EvidenceInput,
  type LedgerImport,
  type ProblemQuery,
  type StepInput,
} from '../api';
import { rectificationKeys } from '../query-keys';

export const useBatches = () => useQuery({ queryKey: rectificationKeys.batches(), queryFn: fetchBatches });

export function useProblems(query: ProblemQuery) {
  return useQuery({
    queryKey: rectificationKeys.problems(query),
    queryFn: () => fetchProblems(query),
    placeholderData: keepPreviousData,
  });
}

/** One problem; a 404 (gone, or outside the scope) is an answer the page words, not an error toast. */
export function useProblem(id: string) {
  return useQuery({
    queryKey: rectificationKeys.problem(id),
    queryFn: () => fetchProblem(id),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });
}

/** Every write answers the problem as it now stands: the page takes it, lists and counts are read again. */
function useProblemWrite<V>(write: (input: V) => Promise<ProblemDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      client.setQueryData(rectificationKeys.problem(detail.id), detail);
      return Promise.all([
        client.invalidateQueries({ queryKey: rectificationKeys.problems() }),
        client.invalidateQueries({ queryKey: rectificationKeys.batches() }),
      ]);
    },
    // The form that sent it shows the refusal in words.
    meta: { silent: true },
  });
}

export const useStep = (id: string) => useProblemWrite((body: StepInput) => takeStep(id, body));
export const useAddEvidence = (id: string) => useProblemWrite((body: EvidenceInput) => addEvidence(id, body));
export const useCreateProblem = () => useProblemWrite((body: ProblemBody) => createProblem(body));
export const useUpdateProblem = (id: string) => useProblemWrite((body: ProblemBody) => updateProblem(id, body));

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<BatchBody>) => createBatch(body),
    onSuccess: () => client.invalidateQueries({ queryKey: rectificationKeys.batches() }),
  });
}

export function useImportLedger() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LedgerImport) => importLedger(input),
    onSuccess: (report) =>
      report.applied > 0 ? client.invalidateQueries({ queryKey: rectificationKeys.all() }) : undefined,
  });
}
