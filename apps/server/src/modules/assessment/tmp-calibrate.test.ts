import { it } from 'vitest';
import { createTestApp } from '../../test/harness';

it('calibrate', async () => {
  const t0 = Date.now();
  const t = await createTestApp({ name: 'sqlite', url: ':memory:' }, { env: { ECOCLOUD_DEMO_HISTORY_DAYS: '400' } });
  console.log('seed ms', Date.now() - t0);
  const a = await t.login('admin');
  const t1 = Date.now();
  const r = await a.request('GET', '/api/v1/assessment/air/ranking?period=month&date=2026-10-01');
  console.log('ranking ms', Date.now() - t1, r.statusCode);
  for (const c of r.json().cities.slice(0,2)) console.log(c.regionCode, c.name, c.rank, c.compositeIndex, c.stats.pm2_5, c.goodDayRatio, c.compositeChangePct);
  const t2 = Date.now();
  const p = await a.request('GET', '/api/v1/assessment/targets');
  console.log('targets ms', Date.now() - t2, p.statusCode);
  for (const x of p.json().items) console.log(x.regionCode, x.indicator, x.targetValue, x.actual, x.projected, x.requiredForRest, x.status, x.reason);
  const t3 = Date.now();
  const y = await a.request('GET', '/api/v1/assessment/air/ranking?period=year&date=2026-01-01');
  console.log('year ranking ms', Date.now() - t3, y.statusCode);
  const n = await a.request('GET', '/api/v1/public/air/now');
  console.log(n.statusCode, JSON.stringify(n.json()).slice(0, 600));
  const w = await a.request('GET', '/api/v1/assessment/water');
  console.log(w.statusCode, JSON.stringify(w.json().byCity).slice(0, 600), JSON.stringify(w.json().cwqiRanking).slice(0, 300));
  await t.close();
}, 600_000);
