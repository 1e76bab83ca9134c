import type { TestApp } from '../../../test/harness';
import { loadAirNetwork } from '../air/air-evaluation.service';
import { dailyReadings, ingest } from './air-fixtures';

/**
 * June 2025 and June 2024 for every city of the network: city k (in code order, 0-13) has PM2.5
 * 20 + 5k (+0/1/2 by day, 2025) and 25 + 5k (2024), NO2 18 + k and 20 + k, so the ranking follows
 * the code order and every city improves on last year.
 */
export async function seedProvinceJune(t: TestApp): Promise<void> {
  const network = await loadAirNetwork(t.deps.db);
  const readings = network.cities.flatMap((c, k) =>
    c.stationIds.flatMap((id) => [
      ...dailyReadings(id, '2025-06-01', 30, (_d, i) => ({ pm2_5: 20 + 5 * k + (i % 3), no2: 18 + k })),
      ...dailyReadings(id, '2024-06-01', 30, () => ({ pm2_5: 25 + 5 * k, no2: 20 + k })),
    ]),
  );
  await ingest(t.deps, readings);
}
