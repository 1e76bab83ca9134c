import { AppError, type CaseDocumentKind, type CaseState } from '@ecocloud/contracts';
import { eventOf, type DocumentContext } from './document-context';
import type { CaseDocument } from './document-model';
import { decision, priorNotice } from './penalty-documents';
import { correctionOrder, filingForm, hasIssued, hearingNotice, serviceReceipt } from './procedure-documents';

/** States in which nothing has been established yet against the party (no filing, or the case ended without one). */
const NOT_UNDER_INVESTIGATION: readonly CaseState[] = ['lead', 'not_filed', 'terminated'];
/** States before the investigation has found the facts. */
const BEFORE_FINDINGS: readonly CaseState[] = [...NOT_UNDER_INVESTIGATION, 'investigating', 'suspended'];

const conflict = (ctx: DocumentContext, kind: CaseDocumentKind, needs: string) =>
  new AppError('CASE_STATE_CONFLICT', `the ${kind} document needs ${needs} (case state ${ctx.c.state})`, [
    {
      path: 'params.kind',
      message: `needs ${needs}`,
      code: 'CASE_STATE_CONFLICT',
      params: { state: ctx.c.state, kind, needs },
    },
  ]);

/**
 * The document of a kind for the case, or 409 CASE_STATE_CONFLICT when the case has not reached the step
 * it records: an order to correct needs a filed case, a prior notice the findings and the assessed fine,
 * a hearing notice the party's request, a decision the fine and the prior notice sent (行政处罚法 §44, §62),
 * a service receipt a document to serve. The filing form serves from the lead on.
 */
export function caseDocument(ctx: DocumentContext, kind: CaseDocumentKind): CaseDocument {
  const { c } = ctx;
  switch (kind) {
    case 'filing':
      return filingForm(ctx);
    case 'correction_order':
      if (NOT_UNDER_INVESTIGATION.includes(c.state)) throw conflict(ctx, kind, 'a filed case');
      return correctionOrder(ctx);
    case 'prior_notice':
      if (BEFORE_FINDINGS.includes(c.state)) throw conflict(ctx, kind, 'the findings');
      if (!c.penalty) throw conflict(ctx, kind, 'the assessed penalty');
      return priorNotice(ctx, c.penalty);
    case 'hearing_notice':
      if (!eventOf(c, 'hearing_requested')) throw conflict(ctx, kind, 'a hearing request');
      return hearingNotice(ctx);
    case 'decision':
      if (!c.penalty) throw conflict(ctx, kind, 'the assessed penalty');
      if (!eventOf(c, 'notice_sent') || NOT_UNDER_INVESTIGATION.includes(c.state))
        throw conflict(ctx, kind, 'the prior notice sent');
      return decision(ctx, c.penalty);
    case 'service_receipt':
      if (!hasIssued(c)) throw conflict(ctx, kind, 'a document to serve');
      return serviceReceipt(ctx);
  }
}
