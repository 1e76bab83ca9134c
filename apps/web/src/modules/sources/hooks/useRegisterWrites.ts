import { useQuery } from '@tanstack/react-query';
import {
  createDeadlineOverride,
  createOutlet,
  createPermit,
  deleteDeadlineOverride,
  fetchDeadlineOverrides,
  updateEnterprise,
  updateOutlet,
  updatePermit,
} from '../api';
import { sourcesKeys } from '../query-keys';
import { useSourcesMutation } from './useSources';

/** The forms word their own failures (beside the fields, and one toast): see useWriteFailure. */
const FORM = { silent: true };

/** The register's hand-kept writes (after an import, or on an empty database): each names what it changes. */
export function useUpdateEnterprise(enterpriseId: string) {
  return useSourcesMutation(
    (patch: Parameters<typeof updateEnterprise>[1]) => updateEnterprise(enterpriseId, patch),
    () => ({ kind: 'enterprise-updated', enterpriseId }),
    FORM,
  );
}

/** Adds an outlet (no `id`) or changes one (its `id`; the code is fixed once created). */
export function useSaveOutlet(enterpriseId: string) {
  return useSourcesMutation(
    (v: { id: string; patch: Parameters<typeof updateOutlet>[1] } | { input: Parameters<typeof createOutlet>[1] }) =>
      'id' in v ? updateOutlet(v.id, v.patch) : createOutlet(enterpriseId, v.input),
    () => ({ kind: 'outlet', enterpriseId }),
    FORM,
  );
}

export function useCreatePermit(enterpriseId: string) {
  return useSourcesMutation(
    (input: Parameters<typeof createPermit>[1]) => createPermit(enterpriseId, input),
    () => ({ kind: 'permit', enterpriseId }),
    FORM,
  );
}

/** Replaces every limit of a permit. */
export function useReplaceLimits(enterpriseId: string) {
  return useSourcesMutation(
    ({ permitId, limits }: { permitId: string; limits: NonNullable<Parameters<typeof updatePermit>[1]['limits']> }) =>
      updatePermit(permitId, { limits }),
    () => ({ kind: 'permit-limits', enterpriseId }),
    FORM,
  );
}

export function useDeadlineOverrides() {
  return useQuery({ queryKey: sourcesKeys.deadlineOverrides(), queryFn: fetchDeadlineOverrides });
}

export function useCreateDeadlineOverride() {
  return useSourcesMutation(createDeadlineOverride, () => ({ kind: 'deadline-override' }), FORM);
}

export function useDeleteDeadlineOverride() {
  return useSourcesMutation(deleteDeadlineOverride, () => ({ kind: 'deadline-override' }), FORM);
}
