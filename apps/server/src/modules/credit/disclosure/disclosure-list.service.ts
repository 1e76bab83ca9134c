import { randomUUID } from 'node:crypto';
import {
  AppError,
  regionPrefix,
  type AddDisclosureUnitBodySchema,
  type DisclosureListView,
  type MarkBodySchema,
} from '@ecocloud/contracts';
import {
  DISCLOSURE_FINE_TRIGGER_YUAN,
  DISCLOSURE_RULES,
  listedUntil,
  longestStay,
  type DisclosureReason,
} from '@ecocloud/standards';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import { addWorkingDays, loadCalendar } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { decidedCases } from '../../enforcement';
import { sourcesReads } from '../../sources';
import { auditOf, isEnterpriseUser, parseJson, regionInReach, requireAny, todayOf } from '../shared/credit-context';
import {
  deleteRegisterUnits,
  deleteUnit,
  insertList,
  insertMark,
  insertUnit,
  listsOfYear,
  marksOf,
  unitsOf,
  updateList,
  type ListRow,
  type UnitRow,
} from './disclosure.repository';

type Ground = { reason: DisclosureReason; until: number | null; note: string };
const conflict = (message: string) => new AppError('DISCLOSURE_LIST_CONFLICT', message);
const outOfReach = (path: string) =>
  new AppError('VALIDATION_FAILED', 'outside your reach', [{ path, message: 'outside your reach', code: 'custom' }]);

/**
 * The grounds on which each enterprise of the region belongs on the list of `year` (§7, §8, §10): key units of
 * the register; audit enterprises (mark `cleaner_audit`, until the 3rd year after acceptance); listed companies
 * and bond issuers with a trigger last year (a fine ≥ 10 万 decided, or a trigger marked by hand), for three
 * years from the list year of the latest trigger.
 */
async function groundsOf(
  deps: ServiceDeps,
  enterprises: readonly sourcesReads.EnterpriseInReach[],
  year: number,
): Promise<Map<string, Ground[]>> {
  const ids = enterprises.map((e) => e.id);
  const marks = (await marksOf(deps.db)).filter((m) => ids.includes(m.enterprise_id));
  const fines = await decidedCases(deps.db, ids, { from: `${year - 3}-01-01`, to: `${year - 1}-12-31` });
  const out = new Map<string, Ground[]>();
  const add = (id: string, g: Ground) => out.set(id, [...(out.get(id) ?? []), g]);
  for (const e of enterprises) {
    if (e.category === 'key' || e.keyListYear != null)
      add(e.id, { reason: 'key_unit', until: null, note: '重点排污单位' });
    const own = marks.filter((m) => m.enterprise_id === e.id);
    for (const audit of own.filter((m) => m.mark === 'cleaner_audit')) {
      const accepted = Number(audit.detail) || audit.year;
      const until = listedUntil('cleaner_audit', year, { auditAcceptedYear: accepted });
      if (audit.year <= year && (until === null || until >= year))
        add(e.id, { reason: 'cleaner_audit', until, note: `清洁生产审核（${accepted}年验收）` });
    }
    for (const kind of ['listed', 'bond_issuer'] as const) {
      if (!own.some((m) => m.mark === kind && m.year <= year)) continue;
      // Trigger years: last year's fines ≥ 10 万 and hand-marked triggers; the latest restarts the 3 years.
      const triggerYears = [
        ...fines
          .filter((f) => f.enterpriseId === e.id && (f.fineYuan ?? 0) >= DISCLOSURE_FINE_TRIGGER_YUAN)
          .map((f) => Number(f.decisionDate.slice(0, 4))),
        ...own.filter((m) => m.mark === 'trigger').map((m) => m.year),
      ].filter((y) => y < year && y >= year - 3);
      if (triggerYears.length === 0) continue;
      const listYear = Math.max(...triggerYears) + 1;
      const reason = kind === 'listed' ? 'listed_trigger' : 'bond_trigger';
      const until = listedUntil(reason, listYear);
      if (until !== null && until >= year) add(e.id, { reason, until, note: `${listYear - 1}年发生披露触发情形` });
    }
  }
  return out;
}

const listRegionOf = (actor: Actor | null, regionCode?: string) => regionCode ?? actor?.regionCode ?? '';

/**
 * Builds (or rebuilds, while a draft) the list of `year` for a region from the record: the register's grounds
 * replace the `register` rows; units added by hand stay.
 */
export async function buildList(
  deps: ServiceDeps,
  actor: Actor | null,
  year: number,
  regionCode?: string,
): Promise<DisclosureListView> {
  const region = listRegionOf(actor, regionCode);
  if (!regionInReach(actor, region)) throw outOfReach('body.regionCode');
  const existing = (await listsOfYear(deps.db, year)).find((l) => l.region_code === region);
  if (existing && existing.status !== 'draft') throw conflict('the list is published: it is no longer rebuilt');
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, { regionCode: region });
  const grounds = await groundsOf(deps, enterprises, year);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!existing)
      await insertList(trx, {
        id: randomUUID(),
        year,
        region_code: region,
        status: 'draft',
        notice_from: null,
        notice_until: null,
        fixed_on: null,
        created_by: actor?.userId ?? null,
        created_at: now,
        updated_at: now,
      });
    const ids = enterprises.map((e) => e.id);
    if (ids.length > 0) await deleteRegisterUnits(trx, year, ids);
    const manual = new Set((await unitsOf(trx, [year], ids)).map((u) => u.enterprise_id));
    for (const [enterpriseId, gs] of grounds) {
      if (manual.has(enterpriseId)) continue;
      await insertUnit(trx, {
        id: randomUUID(),
        year,
        enterprise_id: enterpriseId,
        reasons: JSON.stringify(gs),
        listed_until: longestStay(gs.map((g) => g.until)),
        source: 'register',
        created_by: actor?.userId ?? null,
        created_at: now,
      });
    }
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.disclosure_list.build',
      entityType: 'credit_disclosure_list',
      entityId: `${year}:${region}`,
      after: { year, regionCode: region, units: grounds.size },
    });
  });
  return getList(deps, actor, year, region);
}

function listView(
  year: number,
  region: string,
  list: ListRow | undefined,
  units: DisclosureListView['units'],
): DisclosureListView {
  return {
    year,
    regionCode: region,
    status: (list?.status ?? 'draft') as DisclosureListView['status'],
    noticeFrom: list?.notice_from ?? null,
    noticeUntil: list?.notice_until ?? null,
    fixedOn: list?.fixed_on ?? null,
    fixBy: DISCLOSURE_RULES.listFixedBy(year),
    units,
  };
}

/** The list of `year` with its units in the actor's scope (an enterprise: its own, once published). */
export async function getList(
  deps: ServiceDeps,
  actor: Actor | null,
  year: number,
  regionCode?: string,
): Promise<DisclosureListView> {
  if (actor) requireAny(actor, ['credit:read', 'credit:disclose']);
  const region = listRegionOf(actor, regionCode);
  const lists = await listsOfYear(deps.db, year);
  // A city officer reads the province's list too (its own units); the nearest list above or at the region wins.
  const list =
    lists.find((l) => l.region_code === region) ?? lists.find((l) => region.startsWith(regionPrefix(l.region_code)));
  if (actor && isEnterpriseUser(actor) && (!list || list.status === 'draft')) return listView(year, region, list, []);
  const enterprises = await sourcesReads.enterprisesInReach(
    deps.db,
    actor,
    list ? { regionCode: list.region_code } : { regionCode: region },
  );
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const units = (await unitsOf(deps.db, [year], [...byId.keys()])).map((u: UnitRow) => {
    const e = byId.get(u.enterprise_id)!;
    return {
      id: u.id,
      year: u.year,
      enterpriseId: e.id,
      enterpriseName: e.name,
      uscc: e.uscc,
      regionCode: e.regionCode,
      reasons: parseJson<Ground[]>(u.reasons, []),
      listedUntil: u.listed_until,
      source: u.source as 'register' | 'manual',
    };
  });
  return listView(
    year,
    list?.region_code ?? region,
    list,
    units.sort((a, b) => a.uscc.localeCompare(b.uscc)),
  );
}

/**
 * Publishes the list for comment from `noticeFrom` for 10 working days (§9); the notice must end by the end of
 * March, so the list can be fixed in time. Then fixes it (not before the notice ended).
 */
export async function stepList(
  deps: ServiceDeps,
  actor: Actor | null,
  year: number,
  step: 'publish' | 'fix',
  noticeFrom?: string,
  regionCode?: string,
  onDay?: string,
): Promise<DisclosureListView> {
  const region = listRegionOf(actor, regionCode);
  if (!regionInReach(actor, region)) throw outOfReach('params.year');
  const list = (await listsOfYear(deps.db, year)).find((l) => l.region_code === region);
  if (!list) throw conflict('build the list first');
  const today = onDay ?? todayOf(deps);
  let patch: Partial<ListRow>;
  if (step === 'publish') {
    if (list.status !== 'draft' || !noticeFrom) throw conflict('only a draft list is published for comment');
    const until = addWorkingDays(noticeFrom, DISCLOSURE_RULES.listNoticeWorkingDays, await loadCalendar(deps.db));
    if (until > DISCLOSURE_RULES.listFixedBy(year))
      throw conflict(`10 working days from ${noticeFrom} end on ${until}, after the end of March`);
    patch = { status: 'notice', notice_from: noticeFrom, notice_until: until };
  } else {
    if (list.status !== 'notice') throw conflict('only a list under notice is fixed');
    if (today <= list.notice_until!) throw conflict(`the notice runs to ${list.notice_until}`);
    patch = { status: 'fixed', fixed_on: today };
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateList(trx, list.id, { ...patch, updated_at: deps.clock.now().toISOString() });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.disclosure_list.step',
      entityType: 'credit_disclosure_list',
      entityId: `${year}:${region}`,
      before: { status: list.status },
      after: patch,
    });
  });
  return getList(deps, actor, year, region);
}

/** Adds a unit by hand (a ground EcoCloud cannot see) to a list still in draft. */
export async function addUnit(
  deps: ServiceDeps,
  actor: Actor | null,
  year: number,
  body: z.output<typeof AddDisclosureUnitBodySchema>,
): Promise<DisclosureListView> {
  const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [body.enterpriseId] });
  if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${body.enterpriseId} not found`);
  const ground: Ground = {
    reason: body.reason,
    until: listedUntil(body.reason, year, { auditAcceptedYear: body.auditAcceptedYear ?? null }),
    note: body.note,
  };
  const [existing] = await unitsOf(deps.db, [year], [e.id]);
  const grounds = [...parseJson<Ground[]>(existing?.reasons ?? '[]', []), ground];
  await deps.db.transaction().execute(async (trx) => {
    if (existing) await deleteUnit(trx, existing.id);
    await insertUnit(trx, {
      id: randomUUID(),
      year,
      enterprise_id: e.id,
      reasons: JSON.stringify(grounds),
      listed_until: longestStay(grounds.map((g) => g.until)),
      source: 'manual',
      created_by: actor?.userId ?? null,
      created_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.disclosure_unit.add',
      entityType: 'credit_disclosure_list',
      entityId: `${year}:${e.id}`,
      after: ground,
    });
  });
  return getList(deps, actor, year, actor?.regionCode ?? e.regionCode);
}

/** Marks what EcoCloud cannot know: a listed company, a bond issuer, an accepted audit, a trigger of the year. */
export async function addMark(
  deps: ServiceDeps,
  actor: Actor | null,
  body: z.output<typeof MarkBodySchema>,
): Promise<{ id: string }> {
  const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [body.enterpriseId] });
  if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${body.enterpriseId} not found`);
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertMark(trx, {
      id,
      enterprise_id: e.id,
      mark: body.mark,
      year: body.year,
      detail: body.detail,
      created_by: actor?.userId ?? null,
      created_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.mark.add',
      entityType: 'credit_enterprise_mark',
      entityId: id,
      after: body,
    });
  });
  return { id };
}
