import { encodePacket, QN_RTN, SplitReassembler } from '@ecocloud/hj212';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { DeviceRegistry } from './device-registry';
import { handleFrame, type FrameContext } from './frame-handler';

/** A registry that counts the look-ups that had to go past its cache. */
class CountingRegistry extends DeviceRegistry {
  finds = 0;
  override find(mn: string) {
    this.finds++;
    return super.find(mn);
  }
}

describe.each(testDatabases())('frame handler on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(async () => t?.close());

  // The reply used to be QnRtn 4 (MN error) here and 3 for a wrong PW, which told anyone which MNs
  // are registered: both now get the same "rejected"; the reason is in quarantine only.
  it('quarantines an unregistered MN with the same reply as a wrong password, and answers its later frames from the cached absence', async () => {
    const registry = new CountingRegistry(t.deps.db);
    const ctx: FrameContext = {
      registry,
      reassembler: new SplitReassembler({ timeoutMs: 60_000 }),
      rawOf: new WeakMap(),
    };
    const frame = (qn: string) =>
      Buffer.from(
        encodePacket({
          qn,
          st: '22',
          cn: '2011',
          pw: '123456',
          mn: 'NOT-REGISTERED-MN',
          flag: 5,
          cp: 'DataTime=20260115080000;a21026-Rtd=12.3',
        }),
      );

    const first = await handleFrame(frame('20260115080000001'), 'test', ctx);
    const second = await handleFrame(frame('20260115080000002'), 'test', ctx);

    for (const outcome of [first, second]) {
      expect(outcome).toMatchObject({ kind: 'quarantine', mn: 'NOT-REGISTERED-MN', reasonCode: 'HJ212_UNKNOWN_MN' });
      expect(outcome.kind === 'quarantine' && outcome.reply).toContain(`QnRtn=${QN_RTN.REJECTED}`);
    }
    expect(registry.finds).toBe(1); // the second frame is judged from the cache, without a look-up
  });
});
