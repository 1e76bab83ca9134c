/** Enterprise environmental credit (issue 18): rating, repair of published punishment records, legal disclosure. */
export const CREDIT_PERMISSIONS = [
  'credit:read',
  /** Officers: fill indicators by hand, draft a rating run, record punishment records, build the disclosure list. */
  'credit:write',
  /** Reviewers: decide objections and repair requests, publish ratings and lists. */
  'credit:review',
  /** Enterprise users: their own disclosure reports, objections and repair requests. */
  'credit:disclose',
] as const;
export type CreditPermission = (typeof CREDIT_PERMISSIONS)[number];
