import type { TFunction } from 'i18next';
import { fieldIssueWords, type FieldIssue } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';
import type { CreateItemBody } from './api';
import { TOP_LEVEL } from './item-tree';
import type { Item } from './types';

/** Rules of the 新增事项 form: its values, the body they become, and the server's refusals placed on its fields. */

type ItemKind = Item['kind'];

export type CreateValues = {
  parentId: string; // an item id, or TOP_LEVEL
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  leadUnitIds: string[];
  coUnitIds: string[];
  regionCodes: string[];
  deadline: string;
};

/**
 * The kind a new item most likely has below its parent, the plan's usual shape: a heading (部分) at the
 * top, a task (任务) under a heading, a measure (措施) under a task or another measure.
 */
export function kindUnder(parentKind: ItemKind | undefined): ItemKind {
  if (parentKind === undefined) return 'section';
  return parentKind === 'section' ? 'task' : 'measure';
}

/** A real calendar day written YYYY-MM-DD (the server checks the shape only: 2025-02-30 would pass it). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The POST body: every field sent, trimmed; no deadline is `null`; empty unit and region lists mean "the parent's". */
export function createBody(v: CreateValues): CreateItemBody {
  const deadline = v.deadline.trim();
  return {
    parentId: v.parentId === TOP_LEVEL ? null : v.parentId,
    kind: v.kind,
    number: v.number.trim(),
    title: v.title.trim(),
    text: v.text.trim(),
    leadUnitIds: v.leadUnitIds,
    coUnitIds: v.coUnitIds,
    regionCodes: v.regionCodes,
    deadline: deadline === '' ? null : deadline,
  };
}

const FIELDS = new Set<string>([
  'parentId',
  'kind',
  'number',
  'title',
  'text',
  'leadUnitIds',
  'coUnitIds',
  'regionCodes',
  'deadline',
]);

type CreateFieldError = { name: keyof CreateValues; errors: string[] };

/**
 * A refused create, split into what goes beside a field (`body.leadUnitIds.1` → 牵头单位) and whether
 * anything is left for the modal's alert (another error, or a detail naming no field of the form).
 * A zod issue is worded by its code; the service's refusals (a parent or a unit out of reach) by the
 * field; never the server's English.
 */
export function createFieldErrors(error: unknown, t: TFunction): { fields: CreateFieldError[]; rest: boolean } {
  if (!isApiError(error) || !Array.isArray(error.details) || error.details.length === 0)
    return { fields: [], rest: Boolean(error) };
  const byField = new Map<keyof CreateValues, string[]>();
  let rest = false;
  for (const d of error.details as FieldIssue[]) {
    const [root, field] = String(d.path ?? '').split('.');
    if (root !== 'body' || !field || !FIELDS.has(field)) {
      rest = true;
      continue;
    }
    const name = field as keyof CreateValues;
    const words =
      fieldIssueWords(d, t) ??
      serviceWords(name, t) ??
      t(`errors.${error.code}`, { defaultValue: t('errors.unknown') });
    byField.set(name, [...new Set([...(byField.get(name) ?? []), words])]);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), rest };
}

/** The service's own refusals carry no issue code: a parent or a unit it could not find in the caller's reach. */
function serviceWords(field: keyof CreateValues, t: TFunction): string | undefined {
  if (field === 'parentId') return t('workplan.create.fieldErrors.parentId');
  if (field === 'leadUnitIds' || field === 'coUnitIds') return t('workplan.create.fieldErrors.units');
  return undefined;
}
