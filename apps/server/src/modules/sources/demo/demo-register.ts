import { addCalendarDays } from '../../../platform/deadlines';
import { mixSeed, seededRng } from '../../../platform/demo/seeded-rng';
import { addMonths } from '../rules/report-periods';
import type {
  EnterprisesTable,
  ExecutionReportsTable,
  OutletsTable,
  PermitEventsTable,
  PermitLimitsTable,
  PermitsTable,
} from '../sources.tables';
import { DEMO_ENTERPRISES, DEMO_PLACES, type EnterpriseSpec } from './demo-enterprises';
import { contactTitle, demoAddress, demoUscc, inventedWord, maskedPhone, personName } from './demo-names';
import type { OutletSpec } from './demo-profile-kit';
import { PROFILES } from './demo-profiles';
import { demoReports } from './demo-reports';

/** The organisations the register hangs on: each city's bureau, and the demo enterprise's own org. */
export type DemoOrgs = {
  cityBureaus: Map<string, { id: string; name: string }>;
  enterpriseOrgId: string | null;
  regionNames: Map<string, string>;
};

export type DemoRegister = {
  enterprises: EnterprisesTable[];
  outlets: OutletsTable[];
  permits: PermitsTable[];
  limits: PermitLimitsTable[];
  events: PermitEventsTable[];
  reports: ExecutionReportsTable[];
};

const SEED = 0x50c15;
const round1 = (x: number) => Math.round(x * 10) / 10;
const jitter = (rand: () => number, span: number) => (rand() - 0.5) * 2 * span;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The permit's dates: from the scenario, else granted 40 days to about 4.5 years ago (so not near expiry). */
function validity(spec: EnterpriseSpec, today: string, rand: () => number) {
  const s = spec.scenario ?? {};
  if (s.renewed) {
    const firstTo = addCalendarDays(today, -100);
    return { from: addMonths(addCalendarDays(firstTo, 1), -60), firstTo, to: addMonths(firstTo, 60) };
  }
  if (s.expiresIn !== undefined) {
    const to = addCalendarDays(today, s.expiresIn);
    return { from: addMonths(addCalendarDays(to, 1), -60), firstTo: to, to };
  }
  // A unit meant to show a late or missing report has held its permit long enough to owe one of each kind.
  const earliest = s.late || s.missing ? 900 : 40;
  const from = addCalendarDays(today, -earliest - Math.floor(rand() * (1640 - earliest)));
  const to = addCalendarDays(addMonths(from, 60), -1);
  return { from, firstTo: to, to };
}

/**
 * Builds the demo register for the demo's `today` (a Shanghai date): the same rows for the same day,
 * so a near-expiry permit is near expiry whenever the demo is seeded. Ids are stable (`src-demo-…`).
 */
export function buildDemoRegister(today: string, orgs: DemoOrgs, createdAt: string): DemoRegister {
  const out: DemoRegister = { enterprises: [], outlets: [], permits: [], limits: [], events: [], reports: [] };
  const usccs = new Set<string>();
  DEMO_ENTERPRISES.forEach((spec, i) => {
    const rand = seededRng(mixSeed(SEED, i));
    const profile = PROFILES[spec.profile];
    const place = DEMO_PLACES[spec.region]!;
    const city = `${spec.region.slice(0, 4)}00`;
    const bureau = orgs.cityBureaus.get(city);
    if (!bureau) throw new Error(`the demo city bureau of ${city} is missing`);
    let uscc = demoUscc(spec.region, rand);
    while (usccs.has(uscc)) uscc = demoUscc(spec.region, rand);
    usccs.add(uscc);
    const id = `src-demo-e${pad(i + 1)}`;
    const lon = Math.round((place.lon + jitter(rand, 0.12)) * 1e4) / 1e4;
    const lat = Math.round((place.lat + jitter(rand, 0.09)) * 1e4) / 1e4;
    const isKey = spec.category === 'key';
    out.enterprises.push({
      id,
      uscc,
      name: spec.name ?? `${place.short}${inventedWord(i)}${profile.suffixes[i % profile.suffixes.length]!}`,
      industry_code: spec.industry,
      region_code: spec.region,
      address: demoAddress(orgs.regionNames.get(spec.region) ?? place.short, rand),
      lon,
      lat,
      category: spec.category,
      key_list_year: isKey && profile.keyList.length ? Number(today.slice(0, 4)) : null,
      key_list_types: JSON.stringify(isKey ? profile.keyList : []),
      legal_representative: personName(rand),
      contacts: JSON.stringify([{ name: personName(rand), title: contactTitle(rand), phone: maskedPhone(rand) }]),
      status: spec.scenario?.revoked ? 'suspended' : 'operating',
      regulator_org_id: bureau.id,
      enterprise_org_id: spec.ownOrg ? orgs.enterpriseOrgId : null,
      created_at: createdAt,
      updated_at: createdAt,
    });
    const outlets = profile.outlets as readonly OutletSpec[];
    const outletIds = new Map<string, string>();
    outlets.forEach((o, k) => {
      const outletId = `${id}-o${k + 1}`;
      outletIds.set(o.code, outletId);
      out.outlets.push({
        id: outletId,
        enterprise_id: id,
        code: o.code,
        name: o.name,
        kind: o.kind,
        is_main: o.isMain ? 1 : 0,
        lon: Math.round((lon + jitter(rand, 0.002)) * 1e5) / 1e5,
        lat: Math.round((lat + jitter(rand, 0.002)) * 1e5) / 1e5,
        standard: o.standard,
        source_type: o.sourceType,
        device_mns: JSON.stringify(spec.mns?.[o.code] ? [spec.mns[o.code]] : []),
        status: 'active',
        created_at: createdAt,
        updated_at: createdAt,
      });
    });
    addPermit(out, spec, { id, uscc, outlets, outletIds, issuer: bureau.name, today, rand, createdAt });
  });
  return out;
}

type PermitContext = {
  id: string;
  uscc: string;
  outlets: readonly OutletSpec[];
  outletIds: Map<string, string>;
  issuer: string;
  today: string;
  rand: () => number;
  createdAt: string;
};

function addPermit(out: DemoRegister, spec: EnterpriseSpec, c: PermitContext): void {
  const { from, firstTo, to } = validity(spec, c.today, c.rand);
  const registration = spec.category === 'registration';
  const permitId = `${c.id}-p1`;
  const frequencies = registration
    ? []
    : spec.category === 'key'
      ? ['annual', 'quarterly', ...(spec.monthly ? ['monthly'] : [])]
      : ['annual'];
  out.permits.push({
    id: permitId,
    enterprise_id: c.id,
    // The national format: the holder's credit code, a sequence number, P (permit) or W (registration form).
    permit_no: `${c.uscc}001${registration ? 'W' : 'P'}`,
    kind: registration ? 'registration' : 'permit',
    category: spec.category,
    issuer: c.issuer,
    valid_from: from,
    valid_to: to,
    status: spec.scenario?.revoked ? 'revoked' : 'valid',
    report_frequencies: JSON.stringify(frequencies),
    // In the demo's story the permit has been in EcoCloud since it was granted, so its report history counts.
    created_at: `${from}T00:00:00.000Z`,
    updated_at: c.createdAt,
  });
  let n = 0;
  const limit = (outletCode: string, row: Omit<PermitLimitsTable, 'id' | 'permit_id' | 'outlet_id'>) =>
    out.limits.push({
      id: `${permitId}-l${pad(++n, 3)}`,
      permit_id: permitId,
      outlet_id: c.outletIds.get(outletCode)!,
      ...row,
    });
  for (const o of registration ? [] : c.outlets) {
    const unit = o.kind === 'gas' ? 'mg/m³' : 'mg/L';
    for (const [pollutant, value, averaging] of o.limits)
      limit(o.code, {
        pollutant,
        limit_type: 'concentration',
        value,
        unit,
        averaging_period: averaging,
        special_period: '',
      });
    // A special-period limit on some of the enterprises whose profile has one.
    if (o.special && c.rand() < 0.5)
      for (const [pollutant, value, averaging] of o.special.limits)
        limit(o.code, {
          pollutant,
          limit_type: 'concentration',
          value,
          unit,
          averaging_period: averaging,
          special_period: o.special.period,
        });
    if (spec.category === 'key' && o.isMain)
      for (const [pollutant, tonnes] of o.amounts ?? [])
        limit(o.code, {
          pollutant,
          limit_type: 'amount',
          value: round1(tonnes * spec.size),
          unit: 't/a',
          averaging_period: '',
          special_period: '',
        });
  }
  const events: [kind: string, date: string, note: string, newValidTo?: string, onSite?: number][] = [];
  if (spec.category === 'key') {
    events.push(['applied', addCalendarDays(from, -52), '']);
    events.push(['accepted', addCalendarDays(from, -48), '', undefined, 1]);
  }
  events.push(['granted', from, registration ? '排污登记表填报' : '核发']);
  const s = spec.scenario ?? {};
  if (s.changed) {
    const on = addCalendarDays(c.today, -120 - Math.floor(c.rand() * 200));
    events.push(['change_filed', addCalendarDays(on, -12), s.changed]);
    events.push(['changed', on, s.changed]);
  }
  if (s.renewed) {
    events.push(['renewal_filed', addCalendarDays(firstTo, -75), '延续申请']);
    events.push(['renewed', addCalendarDays(firstTo, -21), '延续', to]);
  }
  if (s.renewalFiled) events.push(['renewal_filed', addCalendarDays(c.today, -6), '延续申请']);
  const revokedOn = s.revoked ? addCalendarDays(c.today, -240) : undefined;
  if (revokedOn) events.push(['revoked', revokedOn, '以欺骗手段取得排污许可证，依法撤销']);
  events.forEach(([kind, date, note, newValidTo, onSite], k) =>
    out.events.push({
      id: `${permitId}-v${pad(k + 1)}`,
      permit_id: permitId,
      kind,
      event_date: date,
      note,
      new_valid_to: newValidTo ?? null,
      on_site_check: onSite ?? 0,
      created_by: null,
      created_at: c.createdAt,
    }),
  );
  out.reports.push(
    ...demoReports({
      permitId,
      validFrom: from,
      validTo: to,
      frequencies,
      today: c.today,
      until: revokedOn,
      scenario: s,
      rand: c.rand,
      createdAt: c.createdAt,
    }),
  );
}
