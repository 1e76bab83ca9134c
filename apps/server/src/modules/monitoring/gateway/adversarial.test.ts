import { describe, expect, it } from 'vitest';
import { runAdversarial } from '../../../../../../scripts/adversarial-gateway';

// The full run (10 s per attack, 2,000 idle connections, 20,000 split halves) is
// `npx tsx scripts/adversarial-gateway.ts`; CI runs it small: the good logger must get every ack
// during every attack, and a new logger connection must still be answered.
describe('gateway under attack, beside a well-behaved logger', () => {
  it('acknowledges every packet of the good logger during each attack', async () => {
    const results = await runAdversarial({ seconds: 1.5, idleConnections: 300, splitHalves: 2000, rate: 20 });
    expect(results.map((r) => r.attack)).toHaveLength(7);
    for (const r of results) {
      expect({ attack: r.attack, acked: r.acked }).toEqual({ attack: r.attack, acked: r.expected });
      expect(r.expected).toBeGreaterThan(0);
      expect({ attack: r.attack, newConnection: r.newConnectionMs !== null }).toEqual({
        attack: r.attack,
        newConnection: true,
      });
    }
    const idle = results.find((r) => r.attack.startsWith('idle connections (300 from one address'))!;
    expect(idle.after.stats.refused! - idle.before.stats.refused!).toBe(200); // the per-address cap (100) held
    const split = results.find((r) => r.attack.startsWith('split'))!;
    expect(split.after.stats.splitEvicted! - split.before.stats.splitEvicted!).toBeGreaterThan(0);
  }, 120_000);
});
