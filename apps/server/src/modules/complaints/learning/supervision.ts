import type { SupervisionSource } from '../../../platform/supervision/supervision-registry';
import { addCalendarDays } from '../../../platform/deadlines';
import { substantiatedCounts } from '../reports/complaints.repository';
import { SUPERVISION_THRESHOLD } from './learning.service';

/**
 * Three or more substantiated reports (the answer confirmed the facts) with their replies in the 12 months up to
 * the day put the enterprise on enforcement's special-supervision list (特殊监管对象), through the registry.
 */
export const complaintsSupervision: SupervisionSource = {
  criteria: ['complaints'],
  async read(deps, enterpriseIds, day) {
    const counts = await substantiatedCounts(deps.db, enterpriseIds, addCalendarDays(day, -364), day);
    return [...counts.entries()]
      .filter(([, n]) => n >= SUPERVISION_THRESHOLD)
      .map(([enterpriseId, n]) => ({
        enterpriseId,
        criterion: 'complaints' as const,
        text: `近12个月查实投诉举报${n}件（${addCalendarDays(day, -364)}至${day}）`,
      }));
  },
};
