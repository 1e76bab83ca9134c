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
  // Each proposal read is a new tree to review: the editor remounts (its folds start over) on a new version.
  const [version, setVersion] = useState(0);

  const preview = (source: { text: string; year?: number } | { file: File }) =>
    previewMutation.mutate(source, {
      onSuccess: (p) => {
        setProposal(p);
        setItems(p.items);
        setVersion((v) => v + 1);
        setResult(null);
      },
    });

  const save = (target: ImportTarget, orgId: string) =>
    saveMutation.mutate({ target, items, orgId }, { onSuccess: setResult });

  return {
    plans: plans.data?.items ?? [],
    proposal,
    version,
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
