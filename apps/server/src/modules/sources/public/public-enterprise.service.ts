import { AppError, type PublicEnterprise } from '@ecocloud/contracts';
import { normaliseUscc } from '@ecocloud/standards';
import type { ServiceDeps } from '../../../platform/service-deps';
import { labelsFor } from '../enterprises/enterprise-view';
import { findEnterpriseByUscc } from '../enterprises/enterprises.repository';
import { todayOf } from '../enterprises/sources-context';
import { toOutlets } from '../outlets/outlet-view';
import { outletsOfEnterprise } from '../outlets/outlets.repository';
import { toPermits } from '../permits/permit-view';
import { permitsOfEnterprise } from '../permits/permits.repository';
import { reportsInReach } from '../reports/reports.service';

/**
 * The public page of an enterprise (一企一码, 条例 §23): identity, permits with their limits, outlets and
 * the reports' dates. Picked field by field, so that nothing private (contacts, the legal representative,
 * loggers, the regulating unit's ids) can slip in when the register grows.
 */
export async function publicEnterprise(
  { db, clock }: ServiceDeps,
  { uscc }: { uscc: string },
): Promise<PublicEnterprise> {
  const row = await findEnterpriseByUscc(db, normaliseUscc(uscc));
  if (!row) throw new AppError('ENTERPRISE_NOT_FOUND', `no enterprise with credit code ${uscc}`);
  const labels = await labelsFor(db, [row]);
  const today = todayOf(clock);
  const permits = await toPermits(db, await permitsOfEnterprise(db, null, row.id), today);
  // The submission record of the periods that have ended, this year's and last year's (as the enterprise page shows).
  const fromYear = String(Number(today.slice(0, 4)) - 1);
  const reports = (await reportsInReach(db, { actor: null, enterpriseId: row.id }, today)).filter(
    (r) => r.periodEnd < today && r.periodKey.slice(0, 4) >= fromYear && r.state !== 'folded',
  );
  const outlets = await toOutlets(db, await outletsOfEnterprise(db, null, row.id));
  return {
    uscc: row.uscc,
    name: row.name,
    industryLabel: labels.industry.get(row.industry_code) ?? null,
    regionName: labels.region.get(row.region_code) ?? null,
    address: row.address,
    category: row.category as PublicEnterprise['category'],
    permits: permits.map((p) => ({
      permitNo: p.permitNo,
      kind: p.kind,
      category: p.category,
      issuer: p.issuer,
      validFrom: p.validFrom,
      validTo: p.validTo,
      state: p.state,
      limits: p.limits.map((l) => ({
        outletCode: l.outletCode,
        pollutant: l.pollutant,
        limitType: l.limitType,
        value: l.value,
        unit: l.unit,
        averagingPeriod: l.averagingPeriod,
        specialPeriod: l.specialPeriod,
      })),
    })),
    outlets: outlets.map((o) => ({ code: o.code, name: o.name, kind: o.kind, isMain: o.isMain, standard: o.standard })),
    reports: reports.map((r) => ({
      frequency: r.frequency,
      periodKey: r.periodKey,
      submittedAt: r.submittedAt,
      state: r.state,
    })),
  };
}
