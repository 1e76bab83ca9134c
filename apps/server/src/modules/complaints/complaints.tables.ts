import { tableList } from '../../db/table-list';

/** Tables of the complaints module. Dates are Shanghai calendar days YYYY-MM-DD; instants ISO-8601 UTC. */
export interface ComplaintsTable {
  id: string;
  /** 12 random characters of an unambiguous alphabet, unique: the reporter's only key to the public lookup. */
  tracking_code: string;
  channel: string;
  kind: string;
  description: string;
  region_code: string;
  address: string;
  lon: number | null;
  lat: number | null;
  occurred_on: string | null;
  received_on: string;
  accepted_on: string | null;
  state: string;
  classification: string | null;
  /** Where the reporter is told to go (elsewhere), published with the status. */
  referral: string | null;
  /** 0/1: no identity was given. The identity itself lives in complaint_reporters, never in this row. */
  anonymous: number;
  handling_org_id: string;
  enterprise_id: string | null;
  enforcement_case_id: string | null;
  merged_into_id: string | null;
  handover_batch: string | null;
  extended_days: number;
  extension_reason: string | null;
  draft_answer: string | null;
  /** 0/1/null: the facts were confirmed (查实) by the answer. */
  substantiated: number | null;
  published_answer: string | null;
  replied_on: string | null;
  satisfaction: string | null;
  rated_on: string | null;
  review_reason: string | null;
  review_requested_on: string | null;
  review_answer: string | null;
  review_answered_on: string | null;
  /** 复核 (migration 0025): the petitioner's request after the 复查 answer, and its answer. */
  rereview_reason: string | null;
  rereview_requested_on: string | null;
  rereview_answer: string | null;
  rereview_answered_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The reporter's identity and contact, apart so that no list, search or join reads them by accident. */
export interface ComplaintReportersTable {
  complaint_id: string;
  name: string;
  phone: string | null;
  email: string | null;
}

export interface ComplaintEventsTable {
  id: string;
  complaint_id: string;
  kind: string;
  date: string;
  note: string;
  /** JSON: fromOrgId/toOrgId of a transfer, intoId of a merge, days of an extension … */
  data: string;
  created_by: string | null;
  created_at: string;
}

export interface ComplaintPhotosTable {
  id: string;
  complaint_id: string;
  content_type: string;
  /** Base64 of the image. */
  data: string;
  created_at: string;
}

export interface ComplaintsTables {
  complaints: ComplaintsTable;
  complaint_reporters: ComplaintReportersTable;
  complaint_events: ComplaintEventsTable;
  complaint_photos: ComplaintPhotosTable;
}

export const COMPLAINTS_TABLES = tableList<ComplaintsTables>()([
  'complaints',
  'complaint_reporters',
  'complaint_events',
  'complaint_photos',
]);
