import { loadConfig } from '../apps/server/src/config';
import { createDb } from '../apps/server/src/db/database';
import { prepareDatabase } from '../apps/server/src/platform/bootstrap';
import { seedDemo } from '../apps/server/src/platform/demo/seed-demo';
import { loadAirNetwork, loadCityDays } from '../apps/server/src/modules/assessment';
import { evaluatePeriod } from '../apps/server/src/modules/assessment/air/air-period';
import * as repo from '../apps/server/src/modules/assessment/air/air-data.repository';
import { generate, sqliteSink } from './api-data';
import fs from 'node:fs';

const file = '/tmp/ecoscratch/profile.db';
const fresh = !fs.existsSync(file);
const config = loadConfig({ DATABASE_URL: file, LOG_LEVEL: 'silent', ECOCLOUD_DEMO_HISTORY_DAYS: '0', ECOCLOUD_DEMO_PASSWORD: 'bench-Passw0rd-1', ECOCLOUD_ADMIN_PASSWORD: 'bench-Passw0rd-1' });
const deps = { db: createDb(file), config, clock: { now: () => new Date('2025-12-31T16:30:00Z') } };
await prepareDatabase(deps);
if (fresh) {
  await seedDemo(deps);
  const orgs = new Map((await deps.db.selectFrom('orgs').select(['id', 'region_code']).where('kind', '=', 'city').execute()).map((o) => [o.region_code, o.id]));
  await generate(sqliteSink(file), { stations: 500, hourlyDays: 1, year: 2025 }, (c) => orgs.get(c)!);
}
for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const net = await loadAirNetwork(deps.db);
  console.log('network', (performance.now() - t).toFixed(0));
  t = performance.now();
  const rows = await repo.loadCityDailySums(deps.db, net.cities.flatMap((c) => c.stationIds), '2024-12-31T16:00:00.000Z', '2025-12-31T16:00:00.000Z');
  console.log('sums query', (performance.now() - t).toFixed(0), rows.length);
  t = performance.now();
  const days = await loadCityDays(deps.db, net, '2025-01-01', '2025-12-31');
  console.log('loadCityDays', (performance.now() - t).toFixed(0));
  t = performance.now();
  for (const d of days.values()) evaluatePeriod(d, '2025-01-01', '2025-12-31', 'GB3095-2012');
  console.log('evaluate', (performance.now() - t).toFixed(0));
}
await deps.db.destroy();
