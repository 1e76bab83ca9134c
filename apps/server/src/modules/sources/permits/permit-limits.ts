import { randomUUID } from 'node:crypto';
import { AppError, type PermitLimitInputSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { OutletRow } from '../outlets/outlets.repository';

export type LimitInput = z.output<typeof PermitLimitInputSchema>;

/**
 * The rows of a permit's limits: each names an outlet of the enterprise by its code; the same outlet ×
 * pollutant × limit type × special period twice is refused (the table's unique key, said in words).
 */
export function limitRows(permitId: string, limits: readonly LimitInput[], outlets: readonly OutletRow[]) {
  const byCode = new Map(outlets.map((o) => [o.code, o.id]));
  const seen = new Set<string>();
  return limits.map((l, i) => {
    const outletId = byCode.get(l.outletCode);
    if (!outletId)
      throw new AppError('VALIDATION_FAILED', `the enterprise has no outlet ${l.outletCode}`, [
        { path: `body.limits.${i}.outletCode`, message: 'no such outlet of the enterprise', code: 'OUTLET_NOT_FOUND' },
      ]);
    const key = [outletId, l.pollutant, l.limitType, l.specialPeriod ?? ''].join('|');
    if (seen.has(key))
      throw new AppError('VALIDATION_FAILED', `${l.outletCode} ${l.pollutant} is limited twice`, [
        { path: `body.limits.${i}.pollutant`, message: 'duplicate limit', code: 'DUPLICATE_LIMIT' },
      ]);
    seen.add(key);
    return {
      id: randomUUID(),
      permit_id: permitId,
      outlet_id: outletId,
      pollutant: l.pollutant,
      limit_type: l.limitType,
      value: l.value,
      unit: l.unit,
      averaging_period: l.averagingPeriod,
      special_period: l.specialPeriod ?? '',
    };
  });
}
