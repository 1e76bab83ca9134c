import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonthlyDecisionBody, MonthlyReport } from '@ecocloud/contracts';
import { compileMonthly, decideMonthly, fetchMonthly, monthlyKey, releaseMonthly, submitMonthly } from '../monthly-api';

export function useMonthlyReport(planId: string | undefined, month: string) {
  return useQuery({
    queryKey: monthlyKey(planId, month),
    queryFn: () => fetchMonthly(planId!, month),
    enabled: Boolean(planId),
  });
}

export type MonthlyStep =
  | { kind: 'compile'; planId: string; month: string }
  | { kind: 'submit'; id: string }
  | { kind: 'decide'; id: string; body: MonthlyDecisionBody }
  | { kind: 'release'; id: string };

/** Every step of the report's flow; the answer is the report as it now stands, put straight into the cache. */
export function useMonthlyStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (s: MonthlyStep): Promise<MonthlyReport> => {
      switch (s.kind) {
        case 'compile':
          return compileMonthly(s.planId, s.month);
        case 'submit':
          return submitMonthly(s.id);
        case 'decide':
          return decideMonthly(s.id, s.body);
        case 'release':
          return releaseMonthly(s.id);
      }
    },
    onSuccess: (report) => client.setQueryData(monthlyKey(report.planId, report.month), report),
  });
}
