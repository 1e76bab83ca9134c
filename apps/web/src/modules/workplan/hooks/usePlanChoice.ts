import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Plan } from '../types';
import { usePlans } from './usePlans';

const STORAGE_KEY = 'ecocloud.workplan.plan';

function storedPlanId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The newest plan: the highest year, then the most recently created. */
function newestPlan(plans: readonly Plan[]): Plan | undefined {
  return [...plans].sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))[0];
}

/**
 * The plan the work plan pages show: `?plan=` in the URL, else the last one chosen (kept in
 * localStorage so moving between pages keeps it), else the newest. Choosing writes both.
 */
export function usePlanChoice(): {
  plan: Plan | undefined;
  plans: Plan[];
  isPending: boolean;
  choose: (id: string) => void;
} {
  const plans = usePlans();
  const [params, setParams] = useSearchParams();
  const list = plans.data?.items ?? [];
  const wanted = params.get('plan') ?? storedPlanId();
  const plan = list.find((p) => p.id === wanted) ?? newestPlan(list);
  const choose = useCallback(
    (id: string) => {
      try {
        localStorage.setItem(STORAGE_KEY, id);
      } catch {
        // private mode: the URL still carries the choice
      }
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('plan', id);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { plan, plans: list, isPending: plans.isPending, choose };
}
