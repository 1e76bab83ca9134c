import { useMutation } from '@tanstack/react-query';
import { createPlan, previewImport, saveImport } from '../api';
import type { ImportTarget } from '../components/ImportSaveForm';
import type { ImportResult, ProposedItem } from '../types';
import { useWorkplanMutation } from './usePlans';

/** Reads text into a proposal; nothing changes on the server, so no cache is invalidated. */
export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}

/** Saves a reviewed proposal, first creating the plan (for `orgId`) when the target is a new one. */
export function useSaveImport() {
  return useWorkplanMutation(
    async ({
      target,
      items,
      orgId,
    }: {
      target: ImportTarget;
      items: ProposedItem[];
      orgId: string;
    }): Promise<ImportResult & { planId: string }> => {
      const planId =
        target.kind === 'existing'
          ? target.planId
          : (await createPlan({ year: target.year, orgId, title: target.title })).id;
      const result = await saveImport(planId, items, target.replace);
      return { ...result, planId };
    },
    (result) => ({ kind: 'import', planId: result.planId }),
  );
}
