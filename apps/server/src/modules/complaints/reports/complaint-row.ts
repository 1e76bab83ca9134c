/**
 * The 复查 and 复核 columns of a new report: none is asked for on the day it is received. Intake and both
 * demo generators start a row with them, so a new review column is added in one place.
 */
export const NO_REVIEW_YET = {
  review_reason: null,
  review_requested_on: null,
  review_answer: null,
  review_answered_on: null,
  rereview_reason: null,
  rereview_requested_on: null,
  rereview_answer: null,
  rereview_answered_on: null,
} as const;
