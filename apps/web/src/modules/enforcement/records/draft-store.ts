import type {
  CHECK_ANSWERS,
  CreateInspectionRecordBody,
  INSPECTION_ATTACHMENT_KINDS,
  INSPECTION_OUTCOMES,
  InspectionMethod,
  InspectionRecord,
} from '@ecocloud/contracts';
import { isApiError } from '../../../lib/http';
import { sendRecord } from './records-api';

/**
 * Offline drafts of inspection records (检查记录草稿), kept in localStorage as the officer types, so a
 * reload, a dead battery or a failed send loses nothing. Each draft carries its own id (`clientId`),
 * sent with the record: the server answers a resend with the record already made, so sending twice
 * never makes two. A draft whose send met no network is `pending` (待发送) until sent again.
 */
const KEY = 'ecocloud.enforcement.inspectionDrafts.v1';

export type DraftAttachment = {
  kind: (typeof INSPECTION_ATTACHMENT_KINDS)[number];
  fileName: string;
  contentType: string;
  /** data:image/…;base64,… */
  dataUrl: string;
};

export type InspectionDraft = {
  clientId: string;
  enterpriseId: string;
  enterpriseName: string;
  planId: string | null;
  date: string;
  method: InspectionMethod;
  siteReason: string;
  inspectors: string[];
  lon: number | null;
  lat: number | null;
  answers: Record<string, { answer: (typeof CHECK_ANSWERS)[number]; note: string }>;
  findings: string;
  outcome: (typeof INSPECTION_OUTCOMES)[number];
  attachments: DraftAttachment[];
  /** editing: being filled; pending: a send met no network (待发送). */
  status: 'editing' | 'pending';
  updatedAt: string;
};

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const local = (): Store => window.localStorage;

/** 32 hex characters from the platform's random source (randomUUID needs a secure context, a LAN address is not). */
function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function listDrafts(store: Store = local()): InspectionDraft[] {
  try {
    const parsed = JSON.parse(store.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as InspectionDraft[]) : [];
  } catch {
    return []; // a corrupt entry is no draft
  }
}

function write(drafts: InspectionDraft[], store: Store): boolean {
  try {
    store.setItem(KEY, JSON.stringify(drafts));
    return true;
  } catch {
    return false; // the quota (photos are large): the caller says the draft was not kept
  }
}

/** Keeps the draft (replacing the one with its id); false when the browser's storage is full. */
export function saveDraft(draft: InspectionDraft, store: Store = local()): boolean {
  const others = listDrafts(store).filter((d) => d.clientId !== draft.clientId);
  return write([...others, { ...draft, updatedAt: new Date().toISOString() }], store);
}

export function removeDraft(clientId: string, store: Store = local()): void {
  write(
    listDrafts(store).filter((d) => d.clientId !== clientId),
    store,
  );
}

export const findDraft = (clientId: string, store: Store = local()) =>
  listDrafts(store).find((d) => d.clientId === clientId);

/** The draft already started for this unit (and plan), so coming back to the form resumes it. */
export const draftFor = (enterpriseId: string, planId: string | null, store: Store = local()) =>
  listDrafts(store).find((d) => d.enterpriseId === enterpriseId && d.planId === planId);

export function newDraft(init: {
  enterpriseId: string;
  enterpriseName: string;
  planId: string | null;
  date: string;
  method: InspectionMethod;
  inspectors: string[];
}): InspectionDraft {
  return {
    ...init,
    clientId: newClientId(),
    siteReason: '',
    lon: null,
    lat: null,
    answers: {},
    findings: '',
    outcome: 'compliant',
    attachments: [],
    status: 'editing',
    updatedAt: new Date().toISOString(),
  };
}

export function toBody(d: InspectionDraft): CreateInspectionRecordBody {
  return {
    clientId: d.clientId,
    enterpriseId: d.enterpriseId,
    planId: d.planId,
    date: d.date,
    method: d.method,
    siteReason: d.method === 'site' ? d.siteReason : '',
    inspectors: d.inspectors.map((name) => ({ name })),
    lon: d.lon,
    lat: d.lat,
    checklist: Object.entries(d.answers).map(([key, a]) => ({ key, answer: a.answer, note: a.note })),
    findings: d.findings,
    outcome: d.outcome,
    attachments: d.attachments.map((a) => ({
      kind: a.kind,
      fileName: a.fileName,
      contentType: a.contentType,
      dataBase64: a.dataUrl.slice(a.dataUrl.indexOf(',') + 1),
    })),
  };
}

export type SendResult =
  { ok: true; record: InspectionRecord } | { ok: false; pending: boolean; error: unknown; draft: InspectionDraft };

/**
 * Sends a draft. It is marked pending first (a crash mid-send leaves it 待发送, never lost); the record
 * made removes it; no network keeps it pending for a resend; a refusal returns it to editing.
 */
export async function sendDraft(
  draft: InspectionDraft,
  send: typeof sendRecord = sendRecord,
  store: Store = local(),
): Promise<SendResult> {
  const pending = { ...draft, status: 'pending' as const };
  saveDraft(pending, store);
  try {
    const record = await send(toBody(draft));
    removeDraft(draft.clientId, store);
    return { ok: true, record };
  } catch (error) {
    const offline = !isApiError(error) || error.status === 0 || error.status >= 500;
    const kept = offline ? pending : { ...draft, status: 'editing' as const };
    saveDraft(kept, store);
    return { ok: false, pending: offline, error, draft: kept };
  }
}
