import { randomUUID } from 'node:crypto';
import { addCountyEntries } from '../../../platform/provinces/county-regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import * as enterprises from '../enterprises/enterprises.repository';
import * as outlets from '../outlets/outlets.repository';
import * as permits from '../permits/permits.repository';
import type { ImportedRow } from './import-rows';

/** What an import wrote: rows created or changed per table, and rows whose stored values were already the file's. */
export type ApplyCounts = { enterprises: number; permits: number; outlets: number; limits: number; unchanged: number };

/** The fields of `next` that differ from `stored` (only those are written, so a re-import changes nothing). */
function changed<T extends object>(stored: T, next: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(next) as [keyof T, T[keyof T]][]) if (stored[k] !== v) out[k] = v;
  return out;
}
const isEmpty = (o: object) => Object.keys(o).length === 0;

/**
 * Upserts the valid rows in the caller's transaction: an enterprise by credit code, a permit by its
 * number, an outlet by (enterprise, code), a limit by (permit, outlet, pollutant, type). Returns the
 * rows applied; `counts` gathers what was written for the audit entry.
 */
export async function applyRows({ db, clock }: ServiceDeps, rows: ImportedRow[], counts: ApplyCounts): Promise<number> {
  const now = clock.now().toISOString();
  // Counties a province set up without them (GB/T 2260, under a known city) join the region dictionary.
  await addCountyEntries(db, clock, new Set(rows.map((r) => r.enterprise.regionCode)));
  const enterpriseIds = new Map<string, string>();
  const permitIds = new Map<string, string>();
  const outletIds = new Map<string, string>();
  const stored = new Map(
    (await enterprises.enterprisesByUscc(db, [...new Set(rows.map((r) => r.enterprise.uscc))])).map((e) => [e.uscc, e]),
  );
  const storedPermits = new Map(
    (await permits.permitsByNo(db, [...new Set(rows.map((r) => r.permit.permitNo))])).map((p) => [p.permit_no, p]),
  );
  const bump = (key: keyof ApplyCounts, set: object) => (isEmpty(set) ? counts.unchanged++ : counts[key]++);

  for (const { enterprise: e, permit: p, outlet: o, limits } of rows) {
    let enterpriseId = enterpriseIds.get(e.uscc);
    if (!enterpriseId) {
      const fields = {
        name: e.name,
        industry_code: e.industryCode,
        region_code: e.regionCode,
        address: e.address,
        lon: e.lon,
        lat: e.lat,
        category: e.category,
      };
      const old = stored.get(e.uscc);
      if (old) {
        // A region the enterprise keeps keeps its regulator (one may have been chosen by hand).
        const set = changed(old, {
          ...fields,
          ...(old.region_code !== e.regionCode ? { regulator_org_id: e.regulatorOrgId } : {}),
        });
        if (!isEmpty(set)) await enterprises.updateEnterpriseInScope(db, null, old.id, { ...set, updated_at: now });
        bump('enterprises', set);
        enterpriseId = old.id;
      } else {
        enterpriseId = randomUUID();
        await enterprises.insertEnterpriseRow(db, {
          id: enterpriseId,
          uscc: e.uscc,
          ...fields,
          key_list_year: null,
          key_list_types: '[]',
          legal_representative: '',
          contacts: '[]',
          status: 'operating',
          regulator_org_id: e.regulatorOrgId,
          enterprise_org_id: null,
          created_at: now,
          updated_at: now,
        });
        counts.enterprises++;
      }
      enterpriseIds.set(e.uscc, enterpriseId);
    }

    let permitId = permitIds.get(p.permitNo);
    if (!permitId) {
      const fields = { kind: p.kind, category: p.category, valid_from: p.validFrom, valid_to: p.validTo };
      const old = storedPermits.get(p.permitNo);
      if (old) {
        const set = changed(old, fields);
        if (!isEmpty(set)) await permits.updatePermitRow(db, old.id, { ...set, updated_at: now });
        bump('permits', set);
        permitId = old.id;
      } else {
        permitId = randomUUID();
        await permits.insertPermitRow(db, {
          id: permitId,
          enterprise_id: enterpriseId,
          permit_no: p.permitNo,
          ...fields,
          issuer: '',
          status: 'valid',
          report_frequencies: JSON.stringify(['annual']),
          created_at: now,
          updated_at: now,
        });
        counts.permits++;
      }
      permitIds.set(p.permitNo, permitId);
    }
    if (!o) continue;

    const outletKey = `${enterpriseId}|${o.code}`;
    let outletId = outletIds.get(outletKey);
    if (!outletId) {
      const old = (await outlets.outletsOfEnterprise(db, null, enterpriseId)).find((x) => x.code === o.code);
      const fields = { name: o.name, kind: o.kind, standard: o.standard };
      if (old) {
        const set = changed(old, fields);
        if (!isEmpty(set)) await outlets.updateOutletInScope(db, null, old.id, { ...set, updated_at: now });
        bump('outlets', set);
        outletId = old.id;
      } else {
        outletId = randomUUID();
        await outlets.insertOutletRow(db, {
          id: outletId,
          enterprise_id: enterpriseId,
          code: o.code,
          ...fields,
          is_main: 0,
          lon: null,
          lat: null,
          source_type: null,
          device_mns: '[]',
          status: 'active',
          created_at: now,
          updated_at: now,
        });
        counts.outlets++;
      }
      outletIds.set(outletKey, outletId);
    }

    const storedLimits = await permits.limitsOfPermits(db, [permitId]);
    for (const l of limits) {
      const old = storedLimits.find(
        (x) =>
          x.outlet_id === outletId &&
          x.pollutant === l.pollutant &&
          x.limit_type === l.limitType &&
          x.special_period === '',
      );
      if (old) {
        const set = changed(old, { value: l.value, unit: l.unit });
        if (!isEmpty(set)) await permits.updateLimitRow(db, old.id, set);
        bump('limits', set);
      } else {
        await permits.insertLimitRows(db, [
          {
            id: randomUUID(),
            permit_id: permitId,
            outlet_id: outletId,
            pollutant: l.pollutant,
            limit_type: l.limitType,
            value: l.value,
            unit: l.unit,
            averaging_period: '',
            special_period: '',
          },
        ]);
        counts.limits++;
      }
    }
  }
  return rows.length;
}
