import { defaultPunishmentClass, publicationStateOn } from '@ecocloud/standards';
import type { AppDeps } from '../../../../app-deps';
import type { DemoSeeder } from '../../../../platform/demo/seed-demo';
import { shanghaiDate } from '../../../../platform/time-zone';
import { decidedCases } from '../../../enforcement';
import { sourcesReads } from '../../../sources';
import { anyRecord, insertRecord, insertRequest } from '../repair.repository';
import { recordOfCase } from '../repair-records';
import { dutiesMet, dutiesOf } from '../repair-view';

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * Punishment records from the demo's decided cases (the default class, the first three confirmed by an
 * officer), and repair requests on records past their earliest repair date: one approved (duties met), one
 * rejected, one pending. As the system, deterministic ids; an install with any record is left alone.
 */
export const creditRepairDemoSeeder: DemoSeeder = {
  name: 'credit-repair',
  async seed(deps: AppDeps) {
    if (await anyRecord(deps.db)) return;
    const enterprises = await sourcesReads.enterprisesInReach(deps.db, null);
    const cases = await decidedCases(
      deps.db,
      enterprises.map((e) => e.id),
    );
    if (!cases.length) return;
    const today = shanghaiDate(deps.clock.now().toISOString());
    const now = deps.clock.now().toISOString();
    // Oldest first, so the numbering does not change as the demo's year moves on.
    const ordered = [...cases].reverse();
    const rows = ordered.map((c, i) =>
      recordOfCase(c, {
        id: `credit-demo-r${pad(i + 1)}`,
        punishmentClass: defaultPunishmentClass(c).punishmentClass,
        classSource: i < 3 ? 'officer' : 'default',
        by: null,
        now,
      }),
    );
    const eligible = rows
      .map((r, i) => ({ r, c: ordered[i]! }))
      .filter(
        ({ r }) =>
          r.earliest_repair_date !== null &&
          r.earliest_repair_date !== undefined &&
          r.earliest_repair_date <= today &&
          publicationStateOn({ published: r.published === 1, automaticRemovalDate: r.removal_date ?? null }, today) ===
            'published',
      );
    const met = eligible.filter(({ c }) => dutiesMet(dutiesOf(c, false)));
    const approved = met[0];
    const others = eligible.filter((x) => x !== approved);
    const plan = [
      ...(approved
        ? [{ ...approved, state: 'approved' as const, reason: '已履行行政处罚决定，完成整改，准予修复' }]
        : []),
      ...(others[0]
        ? [{ ...others[0], state: 'rejected' as const, reason: '申请材料不全，未提供整改完成的证明' }]
        : []),
      ...(others[1] ? [{ ...others[1], state: 'pending' as const, reason: '' }] : []),
    ];
    await deps.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const step = plan.find((p) => p.r === r);
        await insertRecord(trx, step?.state === 'approved' ? { ...r, repaired_on: today } : r);
      }
      for (const [i, p] of plan.entries()) {
        await insertRequest(trx, {
          id: `credit-demo-q${i + 1}`,
          record_id: p.r.id,
          enterprise_id: p.r.enterprise_id,
          state: p.state,
          requested_on: p.r.earliest_repair_date!,
          filed_by: i === 1 ? 'officer' : 'enterprise',
          statement: '企业已缴清罚款并完成整改，申请信用修复',
          duties: p.state === 'pending' ? '[]' : JSON.stringify(dutiesOf(p.c, false)),
          decided_on: p.state === 'pending' ? null : today,
          decided_by: null,
          reason: p.reason,
          created_by: null,
          created_at: now,
          updated_at: now,
        });
      }
    });
  },
};
