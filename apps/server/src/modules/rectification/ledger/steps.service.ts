import { randomUUID } from 'node:crypto';
import {
  AppError,
  type ProblemDetail,
  type ProblemState,
  type ProblemStepBody,
  type RectificationSettings,
} from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { loadCalendar } from '../../../platform/deadlines';
import { readSetting } from '../../../platform/settings/setting-reads';
import { putSetting } from '../../../platform/settings/settings.repository';
import type { ServiceDeps } from '../../../platform/service-deps';
import { nextState, STEP_RULES } from '../rules/problem-states';
import { DEFAULT_NOTICE_WORKING_DAYS, NOTICE_SETTING_KEY, noticeEnd, noticeIsOver } from '../rules/notice-period';
import { todayOf } from './ledger-context';
import { eventsOf, insertEvent, updateProblem, type ProblemRow } from './ledger.repository';
import { getProblem, problemInReach } from './problems.service';

export async function readSettings(db: Kysely<Database>): Promise<RectificationSettings> {
  const stored = await readSetting(db, NOTICE_SETTING_KEY);
  const n = stored === undefined ? NaN : Number(JSON.parse(stored));
  return { noticeWorkingDays: Number.isInteger(n) && n > 0 ? n : DEFAULT_NOTICE_WORKING_DAYS };
}

export async function putSettings(
  deps: ServiceDeps,
  actor: Actor,
  body: RectificationSettings,
): Promise<RectificationSettings> {
  if (actor.scope !== 'all') throw new AppError('FORBIDDEN', 'the notice period is the department’s setting');
  const before = await readSettings(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    await putSetting(trx, NOTICE_SETTING_KEY, JSON.stringify(body.noticeWorkingDays), deps.clock.now().toISOString());
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.settings.put',
      entityType: 'setting',
      entityId: NOTICE_SETTING_KEY,
      before,
      after: body,
    });
  });
  return body;
}

const conflict = (message: string) =>
  new AppError('RECTIFICATION_STATE_CONFLICT', message, [
    { path: 'body.step', message, code: 'RECTIFICATION_STATE_CONFLICT' },
  ]);

/** What a step changes on the problem besides its state (notice dates, close-out day, rebound count). */
async function stepPatch(deps: ServiceDeps, row: ProblemRow, body: ProblemStepBody, date: string) {
  switch (body.step) {
    case 'notice': {
      const { noticeWorkingDays } = await readSettings(deps.db);
      const to = noticeEnd(date, noticeWorkingDays, await loadCalendar(deps.db));
      return { notice_from: date, notice_to: to, notice_days: noticeWorkingDays, notice_url: body.url };
    }
    case 'close':
      if (!row.notice_to) throw conflict('publish the notice before closing the problem');
      if (!noticeIsOver(row.notice_to, date))
        throw new AppError('RECTIFICATION_NOTICE_RUNNING', `the notice runs until ${row.notice_to}`, [
          {
            path: 'body.date',
            message: `the notice runs until ${row.notice_to}`,
            code: 'RECTIFICATION_NOTICE_RUNNING',
          },
        ]);
      return { closed_on: date };
    case 'rebound':
      // Reopened: the earlier notice and close-out no longer stand; a new close needs a new notice.
      return { rebound_count: row.rebound_count + 1, closed_on: null, notice_from: null, notice_to: null };
    case 'reject':
      return { notice_from: null, notice_to: null };
    default:
      return {};
  }
}

/**
 * One step of the state machine on a problem in reach, with the permission the step needs (the
 * responsible unit reports, the acceptance side accepts and closes). Dated today unless a past day is given.
 */
export async function takeStep(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  body: ProblemStepBody,
): Promise<ProblemDetail> {
  const row = await problemInReach(deps, actor, id);
  const rule = STEP_RULES[body.step];
  if (!actor.permissions.has(rule.permission))
    throw new AppError('FORBIDDEN', `the step ${body.step} needs ${rule.permission}`);
  const today = todayOf(deps);
  const date = body.date ?? today;
  if (date > today)
    throw new AppError('VALIDATION_FAILED', 'the date is in the future', [{ path: 'body.date', message: 'future' }]);
  const last = (await eventsOf(deps.db, [id])).at(-1);
  if (last && date < last.date)
    throw new AppError('VALIDATION_FAILED', `the date is before the last step (${last.date})`, [
      { path: 'body.date', message: `before ${last.date}` },
    ]);
  const state = nextState(row.state as ProblemState, body.step);
  if (!state) throw conflict(`the step ${body.step} is not allowed in state ${row.state}`);
  const patch = await stepPatch(deps, row, body, date);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateProblem(trx, id, { ...patch, state, updated_at: now });
    await insertEvent(trx, {
      id: randomUUID(),
      problem_id: id,
      step: body.step,
      date,
      note: body.note,
      unit: body.unit,
      created_by: actor.userId,
      created_by_name: actor.displayName,
      created_at: now,
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.problem.step',
      entityType: 'rectification_problem',
      entityId: id,
      before: { state: row.state },
      after: { step: body.step, state, date, ...patch },
    });
  });
  return getProblem(deps, actor, id);
}
