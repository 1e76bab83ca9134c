import { describe, expect, it } from 'vitest';
import type { Reading } from '../ingest/reading';
import type { IngestBatch } from './batch-store';
import { IngestBatcher } from './ingest-batcher';

const reading: Reading = {
  stationId: 's',
  parameter: 'so2',
  period: '1h',
  periodStart: '2026-03-01T00:00:00.000Z',
  value: 1,
  valueText: '1',
  flag: 'N',
};

describe('ingest batcher', () => {
  it('groups packets into one commit and settles each after it, in order', async () => {
    const commits: IngestBatch[] = [];
    const batcher = new IngestBatcher(
      async (b) => {
        commits.push(b);
      },
      { maxDelayMs: 5 },
    );
    const settled: number[] = [];
    for (let i = 0; i < 3; i++)
      batcher.add({
        readings: [reading],
        packets: [],
        deviceId: `d${i}`,
        settle: (err) => {
          if (!err) settled.push(i);
        },
      });
    await batcher.flush();
    expect(commits.map((b) => b.deviceIds)).toEqual([['d0', 'd1', 'd2']]);
    expect(settled).toEqual([0, 1, 2]);
  });

  it('is saturated while the journal backlog is over its cap, and calls paused connections back below half of it', async () => {
    let backlog = 0;
    const batcher = new IngestBatcher(async () => {}, { backlog: () => backlog, maxBacklogRows: 100 });
    let calls = 0;
    batcher.onDrain(() => {
      calls++;
    });
    expect(batcher.isSaturated).toBe(false);
    backlog = 100;
    expect(batcher.isSaturated).toBe(true);
    backlog = 60;
    batcher.notifyDrain();
    expect(calls).toBe(0); // not yet below half
    backlog = 40;
    batcher.notifyDrain();
    expect(calls).toBe(1);
    expect(batcher.isSaturated).toBe(false);
  });
});
