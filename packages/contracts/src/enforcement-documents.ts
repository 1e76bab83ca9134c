import { z } from 'zod';
import { IdSchema, listSchema } from './common';
import { VIOLATIONS } from './enforcement';

/**
 * The documents of a case (issue 17), each in the department's format, as DOCX (editable) or PDF:
 * 立案审批表, 责令改正违法行为决定书, 行政处罚事先告知书, 听证通知书, 行政处罚决定书, 送达回证.
 */
export const CASE_DOCUMENT_KINDS = [
  'filing',
  'correction_order',
  'prior_notice',
  'hearing_notice',
  'decision',
  'service_receipt',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

export const CaseDocumentParamsSchema = z.object({ id: IdSchema, kind: z.enum(CASE_DOCUMENT_KINDS) });
export const CaseDocumentQuerySchema = z.object({
  format: z.enum(['docx', 'pdf']).default('docx').describe('docx: editable Word; pdf: for printing'),
});

/** 行政处罚决定公开: what the portal shows of a decision, field by field (no persons, no officers, no facts). */
export const PublicDecisionSchema = z.object({
  caseNo: z.string(),
  enterpriseName: z.string(),
  uscc: z.string().describe('Unified social credit code of the party'),
  violation: z.enum(VIOLATIONS),
  violationText: z.string().describe('The violation in Chinese'),
  basisCitation: z.string().describe('The article the fine was imposed under'),
  fineYuan: z.number(),
  decisionDate: z.string().describe('YYYY-MM-DD, Asia/Shanghai'),
  authority: z.string().describe('The authority that decided'),
});
export type PublicDecision = z.infer<typeof PublicDecisionSchema>;
export const PublicDecisionListSchema = listSchema(PublicDecisionSchema);
export const PublicDecisionQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Part of the case number, enterprise name or credit code'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
