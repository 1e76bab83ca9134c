/**
 * A tiny time-bounded cache of serialised responses for the public portal's hot routes: one
 * computation serves every caller in the window (concurrent first callers share it), and the JSON
 * text is reused so a hit costs no serialisation.
 */
export type CachedJson<T> = { value: T; json: string };
type Entry<T> = { at: number; result: Promise<CachedJson<T>> };

export class ResponseCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(private readonly maxEntries = 2000) {}

  get<T>(key: string, ttlMs: number, nowMs: number, compute: () => Promise<T>): Promise<CachedJson<T>> {
    const hit = this.entries.get(key) as Entry<T> | undefined;
    if (hit && nowMs - hit.at < ttlMs && nowMs >= hit.at) return hit.result;
    const result = compute().then((value) => ({ value, json: JSON.stringify(value) }));
    // A failed computation is not kept: the next caller tries again.
    result.catch(() => {
      if (this.entries.get(key)?.result === result) this.entries.delete(key);
    });
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { at: nowMs, result });
    return result;
  }
}
