import { CreateTargetBodySchema, type ImportReport, type ImportRowError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { auditContextOf } from '../../../platform/audit/audit.service';
import {
  contractCheck,
  rowError,
  runImport,
  snakeColumn,
  type ImportMode,
} from '../../../platform/import-export/import-runner';
import { readTable, type TableFormat } from '../../../platform/import-export/table-io';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import { findLiveIndicator } from './indicators';
import { upsertTarget, type TargetInput } from './targets.service';

/**
 * Target import (CSV/XLSX) through the platform import flow: columns year, region_code, indicator,
 * target_value and, for custom indicators, name, unit, direction (at_most|at_least); note optional.
 * A row for an existing (year, region, indicator) replaces its value.
 */
export async function importTargets(
  deps: AppDeps,
  actor: Actor,
  data: Buffer,
  format: TableFormat,
  opts: { dryRun: boolean; mode: ImportMode },
): Promise<ImportReport> {
  const table = await readTable(data, format);
  return runImport<TargetInput>({
    rows: table.rows,
    dryRun: opts.dryRun,
    mode: opts.mode,
    validate: (r, row) => {
      const errors: ImportRowError[] = [];
      const year = Number(r.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        errors.push(rowError(row, 'year', 'INVALID', 'year must be 2000-2100'));
      const regionCode = r.region_code ?? '';
      if (!/^\d{6}$/.test(regionCode)) errors.push(rowError(row, 'region_code', 'INVALID', 'a 6-digit region code'));
      else if (!canSeeRegion(actor, regionCode))
        errors.push(rowError(row, 'region_code', 'OUT_OF_SCOPE', 'outside your data scope'));
      const indicator = r.indicator ?? '';
      if (!/^[a-z][a-z0-9_.]{1,63}$/.test(indicator))
        errors.push(rowError(row, 'indicator', 'INVALID', 'lower-case key like air.pm25_annual_mean'));
      const value = Number(r.target_value);
      if (r.target_value === undefined || r.target_value === '' || !Number.isFinite(value))
        errors.push(rowError(row, 'target_value', 'INVALID', 'a number'));
      const direction = r.direction || undefined;
      if (direction && direction !== 'at_most' && direction !== 'at_least')
        errors.push(rowError(row, 'direction', 'INVALID', 'at_most or at_least'));
      if (!findLiveIndicator(indicator) && (!r.name || !direction))
        errors.push(rowError(row, 'name', 'REQUIRED', 'a custom indicator needs name and direction'));
      const input = {
        year,
        regionCode,
        indicator,
        targetValue: value,
        name: r.name || undefined,
        unit: r.unit || undefined,
        direction: direction as TargetInput['direction'],
        note: r.note || null,
      };
      // The API's own schema: the same lengths and ranges as POST /assessment/targets.
      errors.push(
        ...contractCheck(
          CreateTargetBodySchema,
          input,
          row,
          (path) => (path[0] === 'targetValue' ? 'target_value' : snakeColumn(path)),
          errors,
        ).errors,
      );
      if (errors.length) return { errors };
      return { errors, value: input };
    },
    apply: (valid) =>
      deps.db.transaction().execute(async (trx) => {
        for (const v of valid) await upsertTarget(trx, deps.clock, auditContextOf(actor), v.value, false);
        return valid.length;
      }),
  });
}
