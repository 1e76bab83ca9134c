import type { CaseDocumentKind } from '@ecocloud/contracts';
import { AppError } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { orgById } from '../../../platform/orgs/org-reads';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { getCase } from '../cases/cases.service';
import { findCase } from '../cases/cases.repository';
import { caseDocument } from './case-documents';
import { renderDocumentDocx } from './document-docx';
import { renderDocumentPdf } from './document-pdf';

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

type RenderedDocument = { data: Buffer; contentType: string; filename: string };

/**
 * A case document rendered for download: the case as `getCase` shows it to the actor (404 outside the
 * scope), the party from the register, the handling organisation as the authority; 409 when the case
 * has not reached the step the document records. Named `<case no>-<kind>.<format>`.
 */
export async function renderCaseDocument(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  kind: CaseDocumentKind,
  format: 'docx' | 'pdf',
): Promise<RenderedDocument> {
  const c = await getCase(deps, actor, id);
  const [party, row] = await Promise.all([
    sourcesReads.enterpriseParty(deps.db, actor, c.enterpriseId),
    findCase(deps.db, id),
  ]);
  if (!party || !row) throw new AppError('CASE_NOT_FOUND', `case ${id} not found`);
  const authority = (await orgById(deps.db, row.handling_org_id))?.name ?? '';
  const doc = caseDocument({ c, party, authority, today: shanghaiDate(deps.clock.now().toISOString()) }, kind);
  const data = format === 'pdf' ? await renderDocumentPdf(doc) : await renderDocumentDocx(doc);
  return { data, contentType: CONTENT_TYPES[format], filename: `${c.caseNo}-${kind}.${format}` };
}
