import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUscc } from '@ecocloud/standards';
import { addCalendarDays } from '../../../platform/deadlines';
import { buildDemoRegister, type DemoOrgs } from './demo-register';
import { DEMO_ENTERPRISES, DEMO_PLACES } from './demo-enterprises';
import { registerFigures } from './test/register-figures';

const CITIES = Object.keys(DEMO_PLACES).filter((c) => c.endsWith('00'));
const orgs: DemoOrgs = {
  cityBureaus: new Map(CITIES.map((c) => [c, { id: `org-${c}`, name: `${c}生态环境局` }])),
  enterpriseOrgId: 'org-enterprise',
  regionNames: new Map(),
};
const build = (today: string) => buildDemoRegister(today, orgs, `${today}T02:00:00.000Z`);

describe('the demo register (pure)', () => {
  it('has about sixty enterprises in all 14 cities with unique, valid credit codes registered in their region', () => {
    const { enterprises } = build('2026-11-28');
    expect(enterprises.length).toBeGreaterThanOrEqual(55);
    expect(enterprises.length).toBeLessThanOrEqual(65);
    expect(new Set(enterprises.map((e) => `${e.region_code.slice(0, 4)}00`)).size).toBe(14);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    for (const e of enterprises) {
      const check = validateUscc(e.uscc);
      expect(check, e.uscc).toMatchObject({ ok: true, regionCode: e.region_code });
    }
  });

  it('numbers permits in the national format: the holder code, a sequence, P or W (registration forms)', () => {
    const { enterprises, permits } = build('2026-11-28');
    const uscc = new Map(enterprises.map((e) => [e.id, e.uscc]));
    for (const p of permits) {
      expect(p.permit_no).toBe(`${uscc.get(p.enterprise_id)}001${p.kind === 'registration' ? 'W' : 'P'}`);
      expect(p.valid_to > p.valid_from).toBe(true);
    }
    expect(permits.filter((p) => p.kind === 'registration').length).toBeGreaterThanOrEqual(2);
  });

  it('gives key units annual amounts on main outlets only, and the logger MNs of the monitoring demo', () => {
    const { enterprises, outlets, limits } = build('2026-11-28');
    const outlet = new Map(outlets.map((o) => [o.id, o]));
    const amounts = limits.filter((l) => l.limit_type === 'amount');
    expect(amounts.length).toBeGreaterThan(30);
    for (const l of amounts) expect(outlet.get(l.outlet_id)!.is_main).toBe(1);
    expect(limits.some((l) => l.special_period !== '')).toBe(true);
    const mns = outlets.flatMap((o) => JSON.parse(o.device_mns) as string[]);
    // S1 and W1 are the monitoring demo's loggers; S2–S7 and W2 the compliance demo's.
    expect(mns.sort()).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `GXDEMO0000000000000000S${n}`),
      'GXDEMO0000000000000000W1',
      'GXDEMO0000000000000000W2',
    ]);
    expect(enterprises.filter((e) => e.enterprise_org_id === 'org-enterprise').map((e) => e.name)).toEqual([
      '南宁示范热电有限公司',
    ]);
  });

  it('shows its scenarios whatever day it is seeded: near expiry, one expired, late and missing reports, most on time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 10 }), (offset) => {
        const today = addCalendarDays('2025-01-01', offset);
        const f = registerFigures(build(today), today);
        expect(f.expiringWithin60).toBeGreaterThanOrEqual(2);
        expect(f.expiringWithin90).toBeGreaterThan(f.expiringWithin60);
        expect(f.expired).toBe(1);
        expect(f.revoked).toBe(1);
        expect(f.renewed).toBe(1);
        expect(f.late).toBeGreaterThanOrEqual(2);
        expect(f.missing).toBeGreaterThanOrEqual(2);
        expect(f.onTime).toBeGreaterThan(10 * (f.late + f.missing));
        DEMO_ENTERPRISES.forEach(({ scenario }, i) => {
          const permit = `src-demo-e${String(i + 1).padStart(2, '0')}-p1`;
          if (scenario?.late) expect(f.flagged).toContain(`${permit}|${scenario.late}|late`);
          if (scenario?.missing) expect(f.flagged).toContain(`${permit}|${scenario.missing}|missing`);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('is the same register for the same day', () => {
    expect(build('2026-11-28')).toEqual(build('2026-11-28'));
  });
});
