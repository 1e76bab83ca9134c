import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';

type Out = {
  regime: { id: string };
  published: boolean;
  earliestRepairDate: string | null;
  automaticRemovalDate: string | null;
  rule: string;
};

const repair = (cls: string, day: string, json = true) =>
  runEcocloud(['calc', 'credit-repair', '--class', cls, '--decision-date', day, ...(json ? ['--json'] : [])]);

/** `jq`-style: stdout must be one JSON document and nothing else (jq itself when installed). */
function jq(stdout: string, filter: string): string | null {
  try {
    return execFileSync('jq', ['-r', filter], { input: stdout, encoding: 'utf8' }).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

describe('ecocloud calc credit-repair (a real child process, stdout a pipe)', () => {
  it('prints the periods of a general record across the 2026-04-01 change, as JSON for jq', async () => {
    const [before, after] = await Promise.all([repair('general', '2026-03-31'), repair('general', '2026-04-01')]);
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    const b = JSON.parse(before.stdout) as Out;
    const a = JSON.parse(after.stdout) as Out;
    expect(b).toMatchObject({
      regime: { id: 'ndrc-2023-58' },
      published: true,
      earliestRepairDate: '2026-07-01',
      automaticRemovalDate: '2029-04-01',
    });
    expect(a).toMatchObject({
      regime: { id: 'ndrc-2026' },
      published: true,
      earliestRepairDate: '2026-07-02',
      automaticRemovalDate: '2027-04-02',
    });
    expect(a.rule).toContain('最短公示3个月');
    const viaJq = jq(after.stdout, '.earliestRepairDate + " " + .automaticRemovalDate');
    if (viaJq !== null) expect(viaJq).toBe('2026-07-02 2027-04-02');
  });

  it('gives null dates for a minor record that is not published, and month ends for a serious one', async () => {
    const [minor, serious] = await Promise.all([repair('minor', '2026-04-01'), repair('serious', '2028-02-29')]);
    expect(JSON.parse(minor.stdout)).toMatchObject({
      published: false,
      earliestRepairDate: null,
      automaticRemovalDate: null,
    });
    expect(JSON.parse(serious.stdout)).toMatchObject({
      earliestRepairDate: '2029-03-01',
      automaticRemovalDate: '2031-03-01',
    });
  });

  it('prints a readable summary without --json', async () => {
    const r = await repair('general', '2026-01-31', false);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('earliest repair date: 2026-05-01');
  });

  it.each([
    [['--class', 'huge', '--decision-date', '2026-04-01'], '--class must be one of minor, general, serious'],
    [['--decision-date', '2026-04-01'], 'credit-repair needs --class'],
    [['--class', 'general'], 'credit-repair needs --decision-date'],
    [['--class', 'general', '--decision-date', '2026-02-30'], '--decision-date must be a calendar day'],
    [['--class', 'general', '--decision-date', '2026/04/01'], '--decision-date must be a calendar day'],
    [['--class', 'general', '--decision-date', '2026-04-01', '--when', 'x'], 'unknown option --when'],
  ])('refuses %j with exit 2 and a message on stderr, nothing on stdout', async (args, message) => {
    const r = await runEcocloud(['calc', 'credit-repair', ...args, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});
