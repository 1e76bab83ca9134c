import { useQuery } from '@tanstack/react-query';
import {
  fetchAssessment,
  fetchBoard,
  fetchItem,
  fetchItems,
  fetchOverdue,
  fetchUnitDuties,
  type ItemQuery,
} from '../api';
import { fetchIndicatorSeries, fetchReminders } from '../progress-api';
import { workplanKeys } from '../query-keys';

export function useBoard(planId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.board(planId),
    queryFn: () => fetchBoard(planId!),
    enabled: Boolean(planId),
  });
}

export function useItems(planId: string | undefined, query: ItemQuery = {}) {
  return useQuery({
    queryKey: workplanKeys.items(planId, query),
    queryFn: () => fetchItems(planId!, query),
    enabled: Boolean(planId),
  });
}

export function useItem(id: string) {
  return useQuery({ queryKey: workplanKeys.item(id), queryFn: () => fetchItem(id) });
}

export function useOverdue(planId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.overdue(planId),
    queryFn: () => fetchOverdue(planId!),
    enabled: Boolean(planId),
  });
}

export function useUnitDuties(planId: string | undefined, unitId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.unit(planId, unitId),
    queryFn: () => fetchUnitDuties(planId!, unitId!),
    enabled: Boolean(planId && unitId),
  });
}

export function useReminders(planId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.reminders(planId),
    queryFn: () => fetchReminders(planId!),
    enabled: Boolean(planId),
  });
}

export function useAssessment(planId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.assessment(planId),
    queryFn: () => fetchAssessment(planId!),
    enabled: Boolean(planId),
  });
}

export function useIndicatorSeries(indicatorId: string) {
  return useQuery({
    queryKey: workplanKeys.series(indicatorId),
    queryFn: () => fetchIndicatorSeries(indicatorId),
  });
}
