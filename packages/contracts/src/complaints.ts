/** Complaints and petitions (issue 19): 12369 and 信访 intake, routing, statutory clocks, feedback, privacy. */
export const COMPLAINTS_PERMISSIONS = [
  'complaints:read',
  /** Staff entry of calls and letters, batch import of handed-over reports (交办件). */
  'complaints:intake',
  /** Officers: classify, route, transfer, handle and draft the answer of the reports of their unit. */
  'complaints:handle',
  /** Reviewers: approve an answer before it is sent, approve an extension, decide a review (复查). */
  'complaints:review',
  /** Exports that include the reporter's identity and contact (retaliation risk: granted apart). */
  'complaints:export_identity',
] as const;
export type ComplaintsPermission = (typeof COMPLAINTS_PERMISSIONS)[number];
