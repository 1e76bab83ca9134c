import type { Kysely } from 'kysely';
import { CRC_MODES, type CrcMode } from '@ecocloud/hj212';
import type { Database } from '../../../db/schema';
import { parseFactorMap, type GatewayDevice } from './gateway-device';
import { devicesByMn } from '../devices/devices.repository';

export type DeviceRegistryOptions = {
  /** how long a looked-up device (or its absence) is trusted, in ms; default 5000 */
  ttlMs?: number;
  now?: () => number;
};

type Entry = { device: GatewayDevice | null; at: number };

/** MNs per look-up query (well under SQLite's 32,766 bound parameters). */
const MNS_PER_QUERY = 500;

/**
 * The devices table as the gateway reads it: cached in memory for a short TTL so that a busy
 * gateway does not query per packet, while a device added, disabled or re-keyed in the admin UI
 * takes effect within seconds (or at once after `invalidate`). Unknown MNs are cached too, so a
 * flood from an unregistered logger does not become a flood of queries.
 *
 * Look-ups wanted in the same turn of the event loop share one query (`mn in (…)`). Loggers
 * that connect together (a network coming back, a gateway restart) expire together too, and on
 * SQLite each query runs on this thread: one query per MN stalled every connection for about
 * 190 ms per 1,000 loggers, every TTL.
 */
export class DeviceRegistry {
  private readonly cache = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<GatewayDevice | null>>();
  /** MNs waiting for the next batched query, with what resolves their look-ups */
  private wanted = new Map<
    string,
    { resolve: (device: GatewayDevice | null) => void; reject: (err: unknown) => void }
  >();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    options: DeviceRegistryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  /** The cached device when fresh; undefined when it must be loaded. */
  peek(mn: string): GatewayDevice | null | undefined {
    const hit = this.cache.get(mn);
    return hit && this.now() - hit.at < this.ttlMs ? hit.device : undefined;
  }

  /** The device registered under MN, or null; concurrent look-ups of one MN share a query. */
  async find(mn: string): Promise<GatewayDevice | null> {
    const hit = this.peek(mn);
    if (hit !== undefined) return hit;
    let pending = this.loading.get(mn);
    if (!pending) {
      pending = new Promise<GatewayDevice | null>((resolve, reject) => {
        if (this.wanted.size === 0) setImmediate(() => void this.loadWanted());
        this.wanted.set(mn, { resolve, reject });
      }).finally(() => this.loading.delete(mn));
      this.loading.set(mn, pending);
    }
    return pending;
  }

  /** Forgets one MN (or all): the next packet reads the table again. */
  invalidate(mn?: string): void {
    if (mn === undefined) this.cache.clear();
    else this.cache.delete(mn);
  }

  /** Loads every MN wanted so far, MNS_PER_QUERY per query; an MN without a row is cached as null. */
  private async loadWanted(): Promise<void> {
    const wanted = this.wanted;
    this.wanted = new Map();
    const mns = [...wanted.keys()];
    for (let i = 0; i < mns.length; i += MNS_PER_QUERY) {
      const chunk = mns.slice(i, i + MNS_PER_QUERY);
      try {
        const rows = await devicesByMn(this.db, chunk);
        const found = new Map(rows.map((row) => [row.mn, row]));
        const at = this.now();
        for (const mn of chunk) {
          const row = found.get(mn);
          const device: GatewayDevice | null = row
            ? {
                id: row.id,
                mn: row.mn,
                password: row.password,
                st: row.st,
                stationId: row.station_id,
                factorMap: parseFactorMap(row.factor_map),
                crcMode: (CRC_MODES as readonly string[]).includes(row.crc_mode) ? (row.crc_mode as CrcMode) : 'hj212',
                isEnabled: row.is_enabled === 1,
              }
            : null;
          this.cache.set(mn, { device, at });
          wanted.get(mn)?.resolve(device);
        }
      } catch (err) {
        for (const mn of chunk) wanted.get(mn)?.reject(err);
      }
    }
  }
}
