import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { sourcesReads } from '../../sources';
import { anyComplaint, insertComplaint, insertComplaintEvent, insertReporter } from '../reports/complaints.repository';
import { buildDemoHandover, DEMO_HANDOVER_REGIONS } from './demo-handover';
import { buildDemoReports, type DemoContext } from './demo-reports';

/**
 * A year of reports over the demo province (demo-reports.ts) and the central inspection team's 交办件 batch
 * `DEMO-TS-01` (demo-handover.ts), inserted as the system (no audit: demo data, as enforcement's). Runs after
 * the sources demo; an install with any report is left alone.
 */
export const complaintsDemoSeeder: DemoSeeder = {
  name: 'complaints',
  async seed(deps) {
    if (await anyComplaint(deps.db)) return;
    const orgs = new Map<string, string>();
    const enterprises = (await sourcesReads.enterprisesInReach(deps.db, null)).filter((e) =>
      e.regionCode.startsWith('45'),
    );
    const regions = [
      '450100',
      '450200',
      '450300',
      '450400',
      '450500',
      '450600',
      '450700',
      '450800',
      '450900',
      '451000',
      '451100',
      '451200',
      '451300',
      '451400',
      ...enterprises.map((e) => e.regionCode),
      ...DEMO_HANDOVER_REGIONS,
    ];
    for (const code of new Set(regions)) {
      const org = await owningOrgOfRegion(deps.db, code);
      if (org) orgs.set(code, org.id);
    }
    if (!orgs.has('450100')) return; // not the Guangxi demo tree
    const ctx: DemoContext = {
      today: shanghaiDate(deps.clock.now()),
      calendar: await loadCalendar(deps.db),
      enterprises: enterprises
        .filter((e) => orgs.has(e.regionCode))
        .map((e) => ({ id: e.id, name: e.name, regionCode: e.regionCode })),
      orgOf: (code) => orgs.get(code) ?? orgs.get(`${code.slice(0, 4)}00`) ?? orgs.get('450100')!,
    };
    const year = buildDemoReports(ctx);
    // The batch is built apart (its own seed), so the year's reports stay exactly as they were.
    const batch = buildDemoHandover(ctx, year.complaints.length + 1);
    await deps.db.transaction().execute(async (trx) => {
      for (const rows of [year, batch]) {
        for (const c of rows.complaints) await insertComplaint(trx, c);
        for (const r of rows.reporters) await insertReporter(trx, r);
        for (const e of rows.events) await insertComplaintEvent(trx, e);
      }
    });
  },
};
