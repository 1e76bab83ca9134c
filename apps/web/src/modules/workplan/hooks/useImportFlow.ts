import { useState } from 'react';
import type { ImportTarget } from '../components/ImportSaveForm';
import { usePreviewImport, useSaveImport } from './useImport';
import { usePlans } from './usePlans';
import { countTree } from '../proposal-tree';
import type { ImportResult, PlanProposal, ProposedItem } from '../types';

/** The import page's state: the server's proposal, the person's edited tree, and the save result. */
export function useImportFlow() {
  const plans = usePlans();
  const previewMutation = usePreviewImport();
  const saveMutation = useSaveImport();
  const [proposal, setProposal] = useState<PlanProposal | null>(null);
  const [items, setItems] = useState<ProposedItem[]>([]);
  const [result, setResult] = useState<(ImportResult & { planId: string }) | null>(null);

  const preview = (source: { text: string; year?: number } | { file: File }) =>
    previewMutation.mutate(source, {
      onSuccess: (p) => {
        setProposal(p);
        setItems(p.items);
        setResult(null);
      },
    });

  const save = (target: ImportTarget, orgId: string) =>
    saveMutation.mutate({ target, items, orgId }, { onSuccess: setResult });

  return {
    plans: plans.data?.items ?? [],
    proposal,
    items,
    setItems,
    counts: countTree(items),
    result,
    preview,
    previewing: previewMutation.isPending,
    save,
    saving: saveMutation.isPending,
  };
}
