import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { sourcesReads } from '../../sources';
import { caseUpTo, ok } from './test/case-steps';
import { docxText, hasPdftotext, pdfText, squeezed } from './test/document-text';

const CITATION = '《中华人民共和国生态环境法典》第一千一百零三条';
const docUrl = (id: string, kind: string, format = 'docx') =>
  `/api/v1/enforcement/cases/${id}/documents/${kind}?format=${format}`;

if (!hasPdftotext) console.warn('SKIP PDF text checks: /usr/bin/pdftotext is absent');

describe.each(testDatabases())('enforcement case documents on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let officer: Agent;
  let guilinInspector: Agent;
  let enterpriseId = '';
  let decided: CaseDetail;

  beforeAll(async () => {
    t = await createTestApp(db);
    // Tuesday 2026-11-10 in Shanghai.
    t.clock.set('2026-11-10T02:00:00Z');
    admin = await t.login('admin');
    officer = await t.login('nanning_officer');
    guilinInspector = await t.login('inspector');
    const [o] = await sourcesReads.outletsInReach(t.deps.db, null, { regionCode: '450100' });
    if (!o) throw new Error('the demo register has no Nanning outlet');
    enterpriseId = o.enterpriseId;
    decided = await caseUpTo({ officer, admin }, enterpriseId, 'decided');
  });
  afterAll(() => t?.close());

  it('writes the decision as an editable DOCX with the number, the article and why, every factor, the fine in figures and capitals, payment and remedies', async () => {
    const res = await officer.request('GET', docUrl(decided.id, 'decision'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // The Chinese name travels as RFC 5987 filename*, with an ASCII fallback beside it.
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`${decided.caseNo}-decision.docx`);
    // A DOCX is a zip: PK\x03\x04.
    expect(res.rawPayload.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain(decided.caseNo);
    expect(text).toContain(CITATION);
    expect(text).toContain(decided.penalty!.basisExplanation);
    expect(text).toContain('罚款人民币200,000元（大写：人民币贰拾万元整）');
    for (const f of decided.penalty!.factors) expect(text).toContain(f.label);
    // The sum, the table floor and the statutory range of the reasoning.
    expect(text).toContain('各项权重合计20%');
    expect(text).toContain('法定罚款幅度为100,000元至1,000,000元');
    // The party from the register, the days of the steps, payment within 15 days with the 3 % late fee, remedies.
    expect(text).toContain(`统一社会信用代码：`);
    expect(text).toContain('2026年11月9日');
    expect(text).toMatch(/十五日内.*百分之三加处罚款/);
    expect(text).toMatch(/六十日内.*行政复议.*六个月内.*行政诉讼/s);
    expect(text).toContain('行政处罚事先告知书》（' + decided.caseNo);
  });

  it.skipIf(!hasPdftotext)(
    'prints the decision as a PDF whose text carries the number, the article and the fine',
    async () => {
      const res = await officer.request('GET', docUrl(decided.id, 'decision', 'pdf'));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
        `${decided.caseNo}-decision.pdf`,
      );
      const text = squeezed(pdfText(res.rawPayload));
      expect(text).toContain(squeezed(decided.caseNo));
      expect(text).toContain(CITATION);
      expect(text).toContain('罚款人民币200,000元（大写：人民币贰拾万元整）');
      expect(text).toContain('起始权重');
    },
  );

  it('renders every kind the decided case has reached, in both formats, and refuses the hearing notice it never needed', async () => {
    for (const kind of ['filing', 'correction_order', 'prior_notice', 'service_receipt'])
      for (const format of ['docx', 'pdf']) {
        const res = await officer.request('GET', docUrl(decided.id, kind, format));
        expect(res.statusCode, `${kind}.${format}: ${res.body.slice(0, 200)}`).toBe(200);
      }
    const notice = await docxText((await officer.request('GET', docUrl(decided.id, 'prior_notice'))).rawPayload);
    expect(notice).toContain('拟对你单位作出如下行政处罚：罚款人民币200,000元');
    expect(notice).toContain('陈述和申辩');
    const receipt = await docxText((await officer.request('GET', docUrl(decided.id, 'service_receipt'))).rawPayload);
    expect(receipt).toContain('行政处罚决定书');
    const hearing = await officer.request('GET', docUrl(decided.id, 'hearing_notice'));
    expect(hearing.statusCode).toBe(409);
    expect(hearing.json()).toMatchObject({ error: { code: 'CASE_STATE_CONFLICT' } });
  });

  it('tells of the hearing within 5 working days and sets the hearing day in the hearing notice', async () => {
    let c = await caseUpTo({ officer, admin }, enterpriseId, 'notice', { hearingRight: true });
    const notice = await docxText((await officer.request('GET', docUrl(c.id, 'prior_notice'))).rawPayload);
    expect(notice).toMatch(/有权要求听证.*五个工作日内/);
    c = await ok(officer, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'hearing_requested',
      date: '2026-11-09',
    });
    c = await ok(officer, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, {
      kind: 'hearing_notified',
      date: '2026-11-10',
      hearingDate: '2026-11-20',
    });
    const res = await officer.request('GET', docUrl(c.id, 'hearing_notice'));
    expect(res.statusCode).toBe(200);
    const text = await docxText(res.rawPayload);
    expect(text).toContain('听证通知书');
    expect(text).toContain('定于2026年11月20日');
    expect(text).toContain('2026年11月9日');
  });

  it('refuses a document before the step it records (409) and serves the filing form from the lead on', async () => {
    const lead = await caseUpTo({ officer, admin }, enterpriseId, 'lead');
    for (const kind of ['decision', 'prior_notice', 'correction_order', 'service_receipt', 'hearing_notice']) {
      const res = await officer.request('GET', docUrl(lead.id, kind));
      expect(res.statusCode, kind).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CASE_STATE_CONFLICT' } });
    }
    const filing = await officer.request('GET', docUrl(lead.id, 'filing'));
    expect(filing.statusCode).toBe(200);
    expect(await docxText(filing.rawPayload)).toContain('立案审批表');
    // Assessed but without the prior notice: still no decision (行政处罚法 §44, §62).
    const assessed = await caseUpTo({ officer, admin }, enterpriseId, 'assessed');
    expect((await officer.request('GET', docUrl(assessed.id, 'decision'))).statusCode).toBe(409);
  });

  it('keeps the documents in the reach of the case: another city gets 404, the anonymous 401, a bad kind or format 400', async () => {
    for (const format of ['docx', 'pdf'])
      expect((await guilinInspector.request('GET', docUrl(decided.id, 'decision', format))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: docUrl(decided.id, 'decision') })).statusCode).toBe(401);
    expect((await officer.request('GET', docUrl(decided.id, 'memo'))).statusCode).toBe(400);
    expect((await officer.request('GET', docUrl(decided.id, 'decision', 'odt'))).statusCode).toBe(400);
    // Negative control: the province (admin) reaches the Nanning case.
    expect((await admin.request('GET', docUrl(decided.id, 'decision'))).statusCode).toBe(200);
  });
});
