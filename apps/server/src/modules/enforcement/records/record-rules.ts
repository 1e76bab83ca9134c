import { AppError, type CreateInspectionRecordBodySchema, type ChecklistItem } from '@ecocloud/contracts';
import type { z } from 'zod';

type Body = z.infer<typeof CreateInspectionRecordBodySchema>;

export const invalidRecord = (path: string, message: string) =>
  new AppError('INSPECTION_RECORD_INVALID', message, [{ path, message, code: 'INSPECTION_RECORD_INVALID' }]);

/**
 * 正面清单: a unit on the positive list is checked off site (online data, video, power use); a visit needs a
 * stated reason (a complaint, a sign in its data). A unit not on the list is visited: the non-site methods
 * replace a visit only for listed units.
 */
export function checkMethod(body: Pick<Body, 'method' | 'siteReason'>, positiveList: boolean): void {
  if (positiveList && body.method === 'site' && !body.siteReason)
    throw invalidRecord('body.siteReason', 'a site visit of a positive-list unit needs a reason');
  if (!positiveList && body.method !== 'site')
    throw invalidRecord('body.method', 'non-site checks are for positive-list units only');
}

/** The answers name items of the unit's checklist, once each; a "no" means problems, and problems need findings. */
export function checkAnswers(body: Pick<Body, 'checklist' | 'outcome' | 'findings'>, items: readonly ChecklistItem[]) {
  const known = new Set(items.map((i) => i.key));
  const seen = new Set<string>();
  body.checklist.forEach((a, n) => {
    if (!known.has(a.key)) throw invalidRecord(`body.checklist.${n}.key`, `${a.key} is not on the unit's checklist`);
    if (seen.has(a.key)) throw invalidRecord(`body.checklist.${n}.key`, `${a.key} is answered twice`);
    seen.add(a.key);
  });
  if (body.outcome === 'compliant' && body.checklist.some((a) => a.answer === 'no'))
    throw invalidRecord('body.outcome', 'an item answered "no" is a problem: the outcome is problems');
  if (body.outcome === 'problems' && !body.findings) throw invalidRecord('body.findings', 'problems need findings');
}
