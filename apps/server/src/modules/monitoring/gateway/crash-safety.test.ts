import { describe, expect, it } from 'vitest';
import { runCrashSafety } from '../../../../../../scripts/crash-safety';

// The full run (50 devices, longer) is `npx tsx scripts/crash-safety.ts`; CI runs it small.
describe('gateway crash safety (SIGKILL mid-stream)', () => {
  it('stores every reading it acknowledged, before the kill and after the restart', async () => {
    const r = await runCrashSafety({ devices: 10, beforeKillMs: 1500, afterRestartMs: 1500 });
    expect(r.ackedBeforeKill).toBeGreaterThan(0);
    expect(r.ackedAfterRestart).toBeGreaterThan(0);
    expect(r.examples).toEqual([]);
    expect({ missing: r.missing, mismatched: r.mismatched }).toEqual({ missing: 0, mismatched: 0 });
  }, 90_000);
});
