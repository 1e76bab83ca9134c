import type { Horizon, MonitoringLinkSchema, ProblemBody, ProblemDetail } from '@ecocloud/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldIssueWords, type FieldIssue } from '../../i18n/code-text';
import { isApiError } from '../../lib/http';

/** The plan as the form holds it: the measures as one text, one measure per line. */
export type ProblemFormValues = {
  batchId: string;
  itemNo: string;
  problem: string;
  category?: string;
  regionCode: string;
  leadOrgId: string;
  coUnits?: string;
  acceptanceUnit: string;
  target: string;
  measuresText: string;
  deadline: string;
  horizon: Horizon;
  complaintBatchRef?: string;
  isPublic?: boolean;
};

type Monitoring = z.infer<typeof MonitoringLinkSchema> | null;

export const measuresOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((m) => m.trim())
    .filter(Boolean);

/**
 * The body of POST / PUT /rectification/problems: the PUT replaces the whole plan, so what the form does not
 * edit (the monitoring link) is sent back as it was.
 */
export function toProblemBody(v: ProblemFormValues, monitoring: Monitoring): ProblemBody {
  return {
    batchId: v.batchId,
    itemNo: v.itemNo.trim(),
    problem: v.problem.trim(),
    category: (v.category ?? '').trim(),
    regionCode: v.regionCode,
    leadOrgId: v.leadOrgId,
    coUnits: (v.coUnits ?? '').trim(),
    acceptanceUnit: v.acceptanceUnit.trim(),
    target: v.target.trim(),
    measures: measuresOf(v.measuresText),
    deadline: v.deadline,
    horizon: v.horizon,
    monitoring,
    isPublic: v.isPublic ?? true,
    complaintBatchRef: (v.complaintBatchRef ?? '').trim(),
  };
}

export function formValuesOf(d: ProblemDetail): ProblemFormValues {
  return {
    batchId: d.batchId,
    itemNo: d.itemNo,
    problem: d.problem,
    category: d.category,
    regionCode: d.regionCode,
    leadOrgId: d.leadOrgId,
    coUnits: d.coUnits,
    acceptanceUnit: d.acceptanceUnit,
    target: d.target,
    measuresText: d.measures.join('\n'),
    deadline: d.deadline,
    horizon: d.horizon,
    complaintBatchRef: d.complaintBatchRef,
    isPublic: d.isPublic,
  };
}

const FIELDS: ReadonlySet<string> = new Set<keyof ProblemFormValues>([
  'batchId',
  'itemNo',
  'problem',
  'category',
  'regionCode',
  'leadOrgId',
  'coUnits',
  'acceptanceUnit',
  'target',
  'deadline',
  'horizon',
  'complaintBatchRef',
]);

/** The form field a refused body path belongs to (`body.measures.2` → the measures text). */
function fieldOf(path: string): keyof ProblemFormValues | undefined {
  const [, name] = /^body\.([A-Za-z]+)/.exec(path) ?? [];
  if (name === 'measures') return 'measuresText';
  return name && FIELDS.has(name) ? (name as keyof ProblemFormValues) : undefined;
}

/**
 * The server's refusal as errors on the fields it names, in the user's language: the issue's code in words,
 * a taken item number for a CONFLICT, otherwise 取值无效 — never the server's English.
 */
export function serverFieldErrors(error: unknown, t: TFunction): { name: keyof ProblemFormValues; errors: string[] }[] {
  if (!isApiError(error) || !Array.isArray(error.details)) return [];
  const byField = new Map<keyof ProblemFormValues, string[]>();
  for (const d of error.details as FieldIssue[]) {
    const name = fieldOf(d.path);
    if (!name) continue;
    const words =
      fieldIssueWords(d, t) ??
      (error.code === 'CONFLICT' && name === 'itemNo' ? t('rectification.form.itemNoTaken') : t('fieldIssues.custom'));
    byField.set(name, [...(byField.get(name) ?? []), words]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
