import { z } from 'zod';
import {
  AppError,
  CLOCK_RULE_CODES,
  DAY_KINDS,
  type ClockRules,
  type ClockRulesUpdateInput,
  type DueKind,
} from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { readSetting } from '../../../platform/settings/setting-reads';
import { putSetting } from '../../../platform/settings/settings.repository';
import {
  DEFAULT_CLOCK_SETTINGS,
  PERMIT_CLOCK_RULES,
  effectiveRule,
  type ClockSettings,
  type PermitClockCode,
} from '../rules/permit-clock-rules';

/** The app_settings key of the module's clock rules (⚠ data an administrator changes). */
const CLOCK_RULES_KEY = 'sources.clock_rules';

/** What falls due under each rule (the due list's `kind`). */
export const DUE_KIND_OF: Readonly<Record<PermitClockCode, DueKind>> = {
  PERMIT_CORRECTION_NOTICE: 'correction_notice',
  PERMIT_DECISION_SIMPLIFIED: 'decision',
  PERMIT_DECISION_KEY: 'decision',
  PERMIT_DECISION_KEY_SITE_CHECK: 'decision',
  PERMIT_RENEWAL_APPLICATION: 'renewal_application',
  PERMIT_RENEWAL_REVIEW: 'renewal_review',
  PERMIT_CHANGE_APPLICATION: 'change_application',
  REGISTRATION_FORM_UPDATE: 'registration_update',
};

/** The rules' settings in force plus the due list's warning window. */
export type SourcesClockSettings = ClockSettings & { dueSoonDays: number; updatedAt: string | null };

/** Calendar days ahead in which a due item shows as due soon (a permit renewal needs weeks of preparation). */
const DEFAULT_DUE_SOON_DAYS = 30;

// What is stored: a partial override of the defaults; unknown or malformed parts fall back to them.
const StoredSchema = z.object({
  rollRestDayForward: z.boolean().optional(),
  dueSoonDays: z.number().int().min(0).optional(),
  dayKinds: z.partialRecord(z.enum(CLOCK_RULE_CODES), z.enum(DAY_KINDS)).optional(),
  days: z.partialRecord(z.enum(CLOCK_RULE_CODES), z.number().int().min(0)).optional(),
  updatedAt: z.string().optional(),
});

/** The clock settings in force: the stored ones over the defaults of the rule table (rules/permit-clock-rules.ts). */
export async function loadClockSettings(db: Kysely<Database>): Promise<SourcesClockSettings> {
  const raw = await readSetting(db, CLOCK_RULES_KEY);
  const parsed = raw === undefined ? undefined : StoredSchema.safeParse(JSON.parse(raw));
  const stored = parsed?.success ? parsed.data : {};
  return {
    rollRestDayForward: stored.rollRestDayForward ?? DEFAULT_CLOCK_SETTINGS.rollRestDayForward,
    dueSoonDays: stored.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    dayKinds: stored.dayKinds ?? {},
    days: stored.days ?? {},
    updatedAt: stored.updatedAt ?? null,
  };
}

function view(settings: SourcesClockSettings): ClockRules {
  return {
    rules: CLOCK_RULE_CODES.map((code) => {
      const base = PERMIT_CLOCK_RULES[code];
      const rule = effectiveRule(code, settings);
      return {
        code,
        kind: DUE_KIND_OF[code],
        citation: rule.citation,
        text: rule.text,
        days: rule.days,
        dayKind: rule.dayKind,
        direction: rule.direction,
        party: rule.party,
        defaultDays: base.days,
        defaultDayKind: base.dayKind,
      };
    }),
    rollRestDayForward: settings.rollRestDayForward,
    dueSoonDays: settings.dueSoonDays,
    updatedAt: settings.updatedAt,
  };
}

export async function getClockRules({ db }: ServiceDeps): Promise<ClockRules> {
  return view(await loadClockSettings(db));
}

/**
 * Changes the clock rules (days, day kind, roll-forward, warning window). They hold for the whole
 * installation, so only an administrator with province-wide scope changes them; audited.
 */
export async function putClockRules(
  { db, clock }: ServiceDeps,
  actor: Actor,
  body: ClockRulesUpdateInput,
): Promise<ClockRules> {
  if (actor.scope !== 'all')
    throw new AppError('FORBIDDEN', 'the clock rules hold for every unit: changing them needs province-wide scope');
  return db.transaction().execute(async (trx) => {
    const before = await loadClockSettings(trx);
    const days = { ...before.days };
    const dayKinds = { ...before.dayKinds };
    for (const r of body.rules ?? []) {
      // Store only what differs from the default, so a later correction of a default reaches this install.
      const base = PERMIT_CLOCK_RULES[r.code];
      if (r.days === base.days) delete days[r.code];
      else days[r.code] = r.days;
      if (r.dayKind === base.dayKind) delete dayKinds[r.code];
      else dayKinds[r.code] = r.dayKind;
    }
    const updatedAt = clock.now().toISOString();
    const after: SourcesClockSettings = {
      rollRestDayForward: body.rollRestDayForward ?? before.rollRestDayForward,
      dueSoonDays: body.dueSoonDays ?? before.dueSoonDays,
      days,
      dayKinds,
      updatedAt,
    };
    await putSetting(trx, CLOCK_RULES_KEY, JSON.stringify(after), updatedAt);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'sources.clock_rules.put',
      entityType: 'setting',
      entityId: CLOCK_RULES_KEY,
      before,
      after,
    });
    return view(after);
  });
}
