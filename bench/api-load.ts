import http from 'node:http';

export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p99: number };

function get(agent: http.Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const pct = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/**
 * `connections` keep-alive clients on loopback each send requests back to back until `total`
 * requests are done or `maxMs` has passed; latency per request in milliseconds.
 */
export async function load(port: number, path: string, opts: { connections: number; total: number; maxMs: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < opts.total && performance.now() - t0 < opts.maxMs) {
      started++;
      const t = performance.now();
      try {
        const status = await get(agent, port, path);
        if (status !== 200) errors++;
      } catch { errors++; }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const ms = performance.now() - t0;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return { requests: latencies.length, errors, rps: (latencies.length / ms) * 1000, p50: pct(sorted, 50), p99: pct(sorted, 99) };
}
