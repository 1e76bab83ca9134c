import type { AnyPermission, ComplaintActionBody } from '@ecocloud/contracts';

type Kind = ComplaintActionBody['kind'];

/**
 * Which step in which state, with which permission. Handling officers classify, route, draft; a reviewer
 * (complaints:review) approves an extension, approves the answer before it is sent (never their own draft) and
 * answers a 复查 or 复核 request.
 */
const STEPS: Readonly<Record<Kind, { states: readonly string[]; permission: AnyPermission }>> = {
  accept: { states: ['received'], permission: 'complaints:handle' },
  merge: { states: ['received', 'accepted'], permission: 'complaints:handle' },
  transfer: { states: ['received', 'accepted'], permission: 'complaints:handle' },
  link_case: { states: ['accepted', 'answer_review', 'answered'], permission: 'complaints:handle' },
  extend: { states: ['accepted', 'answer_review'], permission: 'complaints:review' },
  draft_answer: { states: ['accepted'], permission: 'complaints:handle' },
  approve_answer: { states: ['answer_review'], permission: 'complaints:review' },
  return_answer: { states: ['answer_review'], permission: 'complaints:review' },
  answer_review: { states: ['review_requested'], permission: 'complaints:review' },
  answer_rereview: { states: ['rereview_requested'], permission: 'complaints:review' },
};

export const stepOf = (kind: Kind) => STEPS[kind];

export function allowedActions(state: string, permissions: ReadonlySet<AnyPermission>): string[] {
  return (Object.keys(STEPS) as Kind[]).filter(
    (k) => STEPS[k].states.includes(state) && permissions.has(STEPS[k].permission),
  );
}
