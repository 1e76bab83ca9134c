import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/ecocloud.js');

/** A plan text whose proposal is well over a megabyte of JSON: 40 key works of 60 measures each. */
function bigPlanText(): string {
  const lines = ['示范省2026年工作要点', '', '一、重点任务'];
  for (let i = 1; i <= 40; i++) {
    lines.push(`（${i}）第${i}项重点工作`);
    for (let j = 1; j <= 60; j++)
      lines.push(`${j}.推进第${i}-${j}项工作。6月底前完成重点企业挥发性有机物排查，空气质量优良天数比例达到95%以上。`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the real command with stdout into a pipe that is read slowly, as `| jq` on a busy machine would. */
function runIntoPipe(args: string[]): Promise<{ code: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks) }));
  });
}

describe('CLI output into a pipe', () => {
  it('delivers more than a megabyte of JSON whole before the process exits', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-pipe-'));
    const file = path.join(dir, 'plan.txt');
    fs.writeFileSync(file, bigPlanText());
    const { code, stdout } = await runIntoPipe(['workplan', 'import', file, '--dry-run', '--json']);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(1024 * 1024);
    const proposal = JSON.parse(stdout.toString('utf8')) as { items: unknown[] };
    // The last measure of the last key work is the end of the document: nothing was cut.
    expect(JSON.stringify(proposal.items)).toContain('推进第40-60项工作');
  }, 60_000);
});
