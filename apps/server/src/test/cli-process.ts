import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '../../bin/ecocloud.js');

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * The real `ecocloud` command in a child process, stdin and stdout both pipes, the stdout read slowly
 * (as `… --json | jq` reads it), so a CLI that exits before its output is flushed loses it here too.
 */
export function runEcocloud(
  args: readonly string[],
  o: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...o.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(o.stdin ?? '');
  });
}
