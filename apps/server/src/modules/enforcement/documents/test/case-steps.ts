import type { CaseDetail } from '@ecocloud/contracts';
import type { Agent } from '../../../../test/harness';

/** The request's JSON, or a thrown error naming the status and body (a failing step says which). */
export async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** The facts the document tests write into a case: a person's name the portal must never show. */
export const PRIVATE_FACTS = '经现场检查，环保负责人张小明承认总排口化学需氧量超标排放。';

/**
 * A Nanning case opened by the city officer (the clock at 2026-11-10, a Tuesday), with the Guangxi
 * table 2.7.2 fine of 200,000 yuan under Code art. 1103 when `assess`, filed, findings and the prior
 * notice when `upTo` says so, decided by the department (admin) for `decided`.
 */
export async function caseUpTo(
  agents: { officer: Agent; admin: Agent },
  enterpriseId: string,
  upTo: 'lead' | 'assessed' | 'notice' | 'decided',
  opts: { hearingRight?: boolean } = {},
): Promise<CaseDetail> {
  const { officer, admin } = agents;
  const url = '/api/v1/enforcement/cases';
  let c = await ok<CaseDetail>(
    officer,
    'POST',
    url,
    {
      enterpriseId,
      title: '超许可浓度排放废水',
      violation: 'water_exceed_permit',
      actDate: '2026-10-20',
      leadFoundOn: '2026-11-02',
      facts: PRIVATE_FACTS,
    },
    201,
  );
  if (upTo === 'lead') return c;
  c = await ok(officer, 'POST', `${url}/${c.id}/events`, { kind: 'filed', date: '2026-11-05' });
  c = await ok(officer, 'POST', `${url}/${c.id}/penalty`, {
    table: '2.7.2',
    inputs: {
      pollutant_count: '2',
      pollutant_class: 'B',
      area: 'general',
      daily_volume_t: '120',
      exceed_multiple: '4',
      repeats_2y: '1',
    },
  });
  if (upTo === 'assessed') return c;
  c = await ok(officer, 'POST', `${url}/${c.id}/events`, { kind: 'findings', date: '2026-11-06' });
  c = await ok(officer, 'POST', `${url}/${c.id}/events`, {
    kind: 'notice_sent',
    date: '2026-11-06',
    hearingRight: opts.hearingRight ?? false,
  });
  if (upTo === 'notice') return c;
  return ok(admin, 'POST', `${url}/${c.id}/events`, { kind: 'decided', date: '2026-11-09' });
}
