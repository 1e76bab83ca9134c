import type { Insertable } from 'kysely';
import type { CaseEventKind, CasePenalty, CaseState } from '@ecocloud/contracts';
import { assessPenalty } from '@ecocloud/standards';
import { addWorkingDays, type WorkingCalendar } from '../../../platform/deadlines';
import { mixSeed, seededRng } from '../../../platform/demo/seeded-rng';
import { cityCodeOf } from '../../../platform/regions';
import { allowedIn, nextState } from '../cases/case-states';
import type { EnforcementCaseEventsTable, EnforcementCasesTable } from '../enforcement.tables';
import { caseFactsOf, mediumNeeded, type Medium } from './demo-facts';
import { DEMO_STORIES, type Family } from './demo-stories';
import { layOut, type DatedStep } from './demo-timeline';

/**
 * The demo's year of enforcement cases, built from the stories (demo-stories.ts) over the register's
 * enterprises, dated from the demo's today on the working calendar, each fine assessed by the Guangxi
 * tables through `assessPenalty` under the basis in force on the act's day. Pure and deterministic:
 * the same today, calendar and enterprises give the same rows.
 */

export type DemoEnterprise = {
  id: string;
  name: string;
  regionCode: string;
  /** The city bureau that handles its cases. */
  handlingOrgId: string;
  outlets: readonly { id: string; code: string; medium: Medium }[];
};

export type DemoCaseRows = {
  cases: Insertable<EnforcementCasesTable>[];
  events: Insertable<EnforcementCaseEventsTable>[];
  /** The story each case tells, by case id (for tests and the README's table). */
  stories: Map<string, string>;
};

const SEED = 0x17e4f;

const LEAD_NOTES: Record<Family, string> = {
  exceed: '线索来源：自动监测数据超标',
  evasion: '线索来源：群众举报（12369）',
  tampering: '线索来源：自动监测数据异常分析',
  falsification: '线索来源：自动监测数据异常分析',
  air_evasion: '线索来源：用电监控数据异常',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Each case goes to the least used enterprise that fits, spreading the cases over the cities. */
function enterprisePicker(enterprises: readonly DemoEnterprise[], rand: () => number) {
  const order = new Map(enterprises.map((e) => [e.id, rand()]));
  const used = new Map<string, number>();
  const perCity = new Map<string, number>();
  return (need: Medium | null): DemoEnterprise | undefined => {
    const fits = enterprises.filter((e) => need === null || e.outlets.some((o) => o.medium === need));
    const score = (e: DemoEnterprise) => (used.get(e.id) ?? 0) * 1000 + (perCity.get(cityCodeOf(e.regionCode)) ?? 0);
    const chosen = [...fits].sort((a, b) => score(a) - score(b) || order.get(a.id)! - order.get(b.id)!)[0];
    if (chosen) {
      used.set(chosen.id, (used.get(chosen.id) ?? 0) + 1);
      const city = cityCodeOf(chosen.regionCode);
      perCity.set(city, (perCity.get(city) ?? 0) + 1);
    }
    return chosen;
  };
}

/** The event's stored fields, as the service writes them (cases.service.ts dataOf). */
function eventData(
  step: DatedStep,
  steps: readonly DatedStep[],
  i: number,
  fineYuan: number | null,
  cal: WorkingCalendar,
) {
  switch (step.kind) {
    case 'hearing_notified': {
      // The hearing is held on the 'heard' day, or at least 7 working days after the notice (8–10 here).
      const heard = steps.slice(i + 1).find((s) => s.kind === 'heard');
      return { hearingDate: heard?.date ?? addWorkingDays(step.date, 8 + (i % 3), cal) };
    }
    case 'decided':
      return { fineYuan };
    default:
      return { ...step.data };
  }
}

/** A pause's last day: the day of the next resumption, or null while it lasts. */
const pauseEnd = (steps: readonly DatedStep[], i: number): string | null =>
  steps.slice(i + 1).find((s) => s.kind === 'resumed')?.date ?? null;

function assessed(
  facts: ReturnType<typeof caseFactsOf>,
  jurisdiction: string,
  decisionDate: string,
  key: string,
): CasePenalty {
  if (!facts.table) throw new Error(`demo story ${key}: a ${facts.violation} case has no discretion table`);
  const r = assessPenalty({
    jurisdiction,
    table: facts.table,
    violation: facts.violation,
    actDate: facts.actDate,
    actEndDate: facts.actEndDate ?? undefined,
    decisionDate,
    inputs: facts.inputs,
  });
  if (!r.ok) throw new Error(`demo story ${key}: ${r.message}`);
  const { ok: _ok, violation: _v, ...rest } = r;
  return { ...rest, decisionDate };
}

export function buildDemoCases(input: {
  today: string;
  calendar: WorkingCalendar;
  enterprises: readonly DemoEnterprise[];
  jurisdiction: string;
}): DemoCaseRows {
  const { today, calendar: cal, jurisdiction } = input;
  const withOutlets = input.enterprises.filter((e) => e.outlets.length > 0);
  const pickEnterprise = enterprisePicker(withOutlets, seededRng(SEED));
  const out: DemoCaseRows = { cases: [], events: [], stories: new Map() };
  let n = 0;
  for (const story of DEMO_STORIES) {
    for (let k = 0; k < story.count; k++, n++) {
      const rand = seededRng(mixSeed(SEED, n));
      let family = story.families[k % story.families.length]!;
      let enterprise = pickEnterprise(mediumNeeded(family));
      if (!enterprise) {
        // An install without the medium the story needs: an exceedance of what the unit has.
        family = 'exceed';
        enterprise = pickEnterprise(null);
      }
      if (!enterprise) return out;
      const need = mediumNeeded(family);
      const outlet = enterprise.outlets.find((o) => need === null || o.medium === need) ?? enterprise.outlets[0]!;
      const endAgo = story.endAgo[0] + Math.floor(rand() * (story.endAgo[1] - story.endAgo[0] + 1));
      const steps = layOut(story.steps, today, endAgo, cal, rand);
      const lead = steps[0]!.date;
      const facts = caseFactsOf(
        family,
        outlet.medium,
        outlet.code,
        lead,
        rand,
        story.key === 'seizure' ? 'secret_discharge' : undefined,
      );
      const notice = steps.find((s) => s.kind === 'notice_sent');
      const decided = steps.find((s) => s.kind === 'decided');
      // The prior notice states the fine: assessed by then, as of the decision's day once there is one.
      const penalty = notice ? assessed(facts, jurisdiction, (decided ?? notice).date, story.key) : null;
      const fineYuan = penalty?.fineYuan ?? null;

      const id = `enf-demo-c${pad(n + 1, 3)}`;
      out.stories.set(id, story.key);
      const at = (date: string, seq: number) => `${date}T02:${pad(seq)}:00.000Z`;
      let state: CaseState = 'lead';
      steps.forEach((step, i) => {
        const reason = step.kind === 'paused' ? String(step.data?.reason) : undefined;
        if (step.kind !== 'lead_found') {
          const kind = step.kind as CaseEventKind;
          if (!allowedIn(kind, state, reason)) throw new Error(`demo story ${story.key}: ${kind} in state ${state}`);
          state = nextState(kind, state, reason);
        }
        out.events.push({
          id: `${id}-e${pad(i + 1)}`,
          case_id: id,
          kind: step.kind,
          date: step.date,
          end_date: step.kind === 'paused' ? pauseEnd(steps, i) : null,
          note: step.kind === 'lead_found' ? LEAD_NOTES[family] : (step.note ?? ''),
          data: JSON.stringify(eventData(step, steps, i, fineYuan, cal)),
          created_by: null,
          created_at: at(step.date, i),
        });
      });
      out.cases.push({
        id,
        case_no: '',
        enterprise_id: enterprise.id,
        outlet_id: outlet.id,
        lead_id: null,
        title: `${enterprise.name}涉嫌${facts.title}`,
        facts: facts.facts,
        violation: facts.violation,
        act_date: facts.actDate,
        act_end_date: facts.actEndDate,
        caused_harm: facts.causedHarm ? 1 : 0,
        state,
        jurisdiction,
        discretion_table: penalty ? facts.table! : '',
        discretion_inputs: JSON.stringify(penalty ? facts.inputs : {}),
        penalty: penalty ? JSON.stringify(penalty) : null,
        fine_yuan: fineYuan,
        handling_org_id: enterprise.handlingOrgId,
        created_by: null,
        created_at: at(lead, 0),
        updated_at: at(steps.at(-1)!.date, steps.length - 1),
      });
    }
  }
  numberCases(out.cases);
  return out;
}

/** 环罚〔year〕serial号 in the order the cases were opened, as the service numbers them (the next one follows on). */
function numberCases(cases: Insertable<EnforcementCasesTable>[]): void {
  const serials = new Map<string, number>();
  [...cases]
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
    .forEach((c) => {
      const year = c.created_at.slice(0, 4);
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      c.case_no = `环罚〔${year}〕${serial}号`;
    });
}
