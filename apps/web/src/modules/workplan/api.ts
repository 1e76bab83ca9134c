import type {
  ItemInput,
  ItemListQuery,
  MergeItemsBody,
  MoveItemBody,
  SplitItemBody,
  UpdateItemBody,
} from '@ecocloud/contracts';
import { buildUrl, http } from '../../lib/http';
import type {
  AssessmentRow,
  AssessmentWeights,
  BoardRow,
  ImportResult,
  Item,
  List,
  Plan,
  PlanProposal,
  ProposedItem,
  UnitDuty,
} from './types';

const enc = encodeURIComponent;
const base = '/api/v1/workplan';

export function fetchPlans(): Promise<List<Plan>> {
  return http(`${base}/plans`);
}

export function createPlan(input: { year: number; orgId: string; title: string }): Promise<Plan> {
  return http(`${base}/plans`, { method: 'POST', body: input });
}

/** Renames a plan or changes its year-end assessment weights (percent each). */
export function updatePlan(id: string, patch: { title?: string; weights?: AssessmentWeights }): Promise<Plan> {
  return http(`${base}/plans/${enc(id)}`, { method: 'PATCH', body: patch });
}

export type ItemQuery = ItemListQuery;
/** Items of a plan within the caller's reach, each with its computed status. */
export function fetchItems(planId: string, query: ItemQuery = {}): Promise<List<Item>> {
  return http(`${base}/plans/${enc(planId)}/items`, { query });
}

export function fetchItem(id: string): Promise<Item> {
  return http(`${base}/items/${enc(id)}`);
}

/** What the web's 新增事项 sends: the item's own fields (indicators and milestones are added on its page). */
export type CreateItemBody = Pick<
  ItemInput,
  'kind' | 'number' | 'title' | 'text' | 'leadUnitIds' | 'coUnitIds' | 'regionCodes' | 'deadline'
> & { parentId: string | null };

/** Adds one item to a plan (`parentId: null`: at the top level); answers it with its status. */
export function createItem(planId: string, body: CreateItemBody): Promise<Item> {
  return http(`${base}/plans/${enc(planId)}/items`, { method: 'POST', body });
}

/** A leader moves an item to done (`true`) or reopens it. */
export function setItemDone(id: string, done: boolean): Promise<Item> {
  return http(`${base}/items/${enc(id)}/done`, { method: 'POST', body: { done } });
}

/** Edits an item after import: only the fields sent change (`leadUnitIds` replaces the lead units). */
export function updateItem(id: string, patch: UpdateItemBody): Promise<Item> {
  return http(`${base}/items/${enc(id)}`, { method: 'PATCH', body: patch });
}

/** Sets the lead units and/or the deadline of many items of a plan at once. */
export function bulkAssign(
  planId: string,
  body: { itemIds: string[]; leadUnitIds?: string[]; deadline?: string },
): Promise<{ updated: number }> {
  return http(`${base}/plans/${enc(planId)}/items/assign`, { method: 'POST', body });
}

/** Moves an item with its branch under another item of its plan (`parentId: null`: the top level). */
export function moveItem(id: string, body: MoveItemBody): Promise<Item> {
  return http(`${base}/items/${enc(id)}/move`, { method: 'POST', body });
}

/** Splits an item into sibling parts at its place; the first part keeps the item's id. Answers the parts. */
export function splitItem(id: string, body: SplitItemBody): Promise<List<Item>> {
  return http(`${base}/items/${enc(id)}/split`, { method: 'POST', body });
}

/** Merges sibling items into this one (they are deleted); answers the kept item. */
export function mergeItems(id: string, body: MergeItemsBody): Promise<Item> {
  return http(`${base}/items/${enc(id)}/merge`, { method: 'POST', body });
}

/** Deletes an item with its branch (refused with 409 once reports were filed on it). */
export function deleteItem(id: string): Promise<{ deleted: number }> {
  return http(`${base}/items/${enc(id)}`, { method: 'DELETE' });
}

/** Top-level items with status counts of what the caller reaches below them. */
export function fetchBoard(planId: string): Promise<List<BoardRow>> {
  return http(`${base}/plans/${enc(planId)}/board`);
}

export function fetchOverdue(planId: string): Promise<List<Item>> {
  return http(`${base}/plans/${enc(planId)}/overdue`);
}

/** What one unit owes and when (its items with the nearest due date). */
export function fetchUnitDuties(planId: string, unitId: string): Promise<List<UnitDuty>> {
  return http(`${base}/plans/${enc(planId)}/units/${enc(unitId)}`);
}

export function fetchAssessment(planId: string): Promise<List<AssessmentRow>> {
  return http(`${base}/plans/${enc(planId)}/assessment`);
}

/** A plain GET link: the browser sends the session cookie and saves the workbook. */
export function assessmentXlsxUrl(planId: string): string {
  return buildUrl(`${base}/plans/${enc(planId)}/assessment`, { format: 'xlsx' });
}

/** A plain GET link to the year-end assessment summary as a PDF (Chinese, ranked units and the method). */
export function assessmentPdfUrl(planId: string): string {
  return buildUrl(`${base}/plans/${enc(planId)}/assessment`, { format: 'pdf' });
}

/** Reads a plan's text (pasted, or a .docx / UTF-8 .txt file) into a proposed item tree; nothing is saved. */
export function previewImport(source: { text: string; year?: number } | { file: File }): Promise<PlanProposal> {
  if ('file' in source) {
    const form = new FormData();
    form.append('file', source.file);
    return http(`${base}/import/preview`, { method: 'POST', body: form });
  }
  return http(`${base}/import/preview`, { method: 'POST', body: source });
}

/** Saves a reviewed proposal under a plan; unit names matching an organisation become lead units. */
export function saveImport(planId: string, items: ProposedItem[], replace = false): Promise<ImportResult> {
  return http(`${base}/plans/${enc(planId)}/import`, { method: 'POST', body: { items, replace } });
}
