import type { AuditAction, LeadStatus } from '@ecocloud/contracts';

/**
 * The triage of a lead, as data: which statuses each step starts from and where it goes. A lead is a
 * lead for a person, never a penalty: an officer dismisses it with a reason, asks the enterprise to
 * explain, or turns it into a case (the enforcement module picks `case_requested` up); the enterprise
 * answers a question. A dismissed lead or one turned into a case is closed: no step leaves it.
 */
export const LEAD_STEPS = {
  dismiss: { from: ['open', 'explained'], to: 'dismissed', audit: 'compliance.lead.dismiss' },
  ask: { from: ['open'], to: 'explanation_requested', audit: 'compliance.lead.ask' },
  explain: { from: ['explanation_requested'], to: 'explained', audit: 'compliance.lead.explain' },
  case: { from: ['open', 'explained'], to: 'case_requested', audit: 'compliance.lead.case' },
} as const satisfies Record<string, { from: readonly LeadStatus[]; to: LeadStatus; audit: AuditAction }>;

export type LeadStep = keyof typeof LEAD_STEPS;

export const stepAllowed = (step: LeadStep, status: string): boolean =>
  (LEAD_STEPS[step].from as readonly string[]).includes(status);
