import { Worker } from 'node:worker_threads';

export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p99: number };

// The load loop runs in its own thread (plain JavaScript, evaluated by the worker) so the clients do
// not share the server's event loop: the latencies are then the server's, not the generator's queue.
const WORKER = `
const http = require('node:http');
const { parentPort, workerData: o } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
const get = () => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port: o.port, path: o.path, agent, method: 'GET' }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode === 200)); });
  req.on('error', () => resolve(false));
  req.end();
});
(async () => {
  const latencies = [];
  let started = 0, errors = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < o.total && performance.now() - t0 < o.maxMs) {
      started++;
      const t = performance.now();
      if (!(await get())) errors++;
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const ms = performance.now() - t0;
  agent.destroy();
  parentPort.postMessage({ latencies: Float64Array.from(latencies), errors, ms });
})();
`;

const pct = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/**
 * `connections` keep-alive clients on loopback send requests back to back until `total` requests are
 * done or `maxMs` has passed; latency per request in milliseconds.
 */
export function load(
  port: number,
  path: string,
  opts: { connections: number; total: number; maxMs: number },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { port, path, ...opts } });
    w.once('error', reject);
    w.once('message', (m: { latencies: Float64Array; errors: number; ms: number }) => {
      const sorted = m.latencies.sort();
      resolve({
        requests: sorted.length,
        errors: m.errors,
        rps: (sorted.length / m.ms) * 1000,
        p50: pct(sorted, 50),
        p99: pct(sorted, 99),
      });
      void w.terminate();
    });
  });
}
