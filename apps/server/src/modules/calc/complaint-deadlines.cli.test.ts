import { describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';

type Out = {
  deadlines: {
    code: string;
    from: string;
    dueDate: string;
    rolled: boolean;
    extended: number;
    rule: { citation: string };
  }[];
};
const due = (o: Out, code: string) => o.deadlines.find((d) => d.code === code);

/** `ecocloud calc complaint-deadlines … --json | jq`: a real child process writing into a pipe. */
describe('ecocloud calc complaint-deadlines', () => {
  it('prints every deadline with its rule, off the base calendar’s rest days', async () => {
    const r = await runEcocloud([
      'calc',
      'complaint-deadlines',
      '--received',
      '2026-09-16',
      '--accepted',
      '2026-09-18',
      '--extended',
      '--replied',
      '2026-12-04',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.deadlines.map((d) => d.code)).toEqual(['ACCEPTANCE', 'HANDLING', 'REVIEW_REQUEST']);
    // 09-16 + 15 = 10-01, National Day → 10-08.
    expect(due(out, 'ACCEPTANCE')).toMatchObject({ dueDate: '2026-10-08', rolled: true });
    expect(due(out, 'ACCEPTANCE')!.rule.citation).toContain('信访工作条例 第二十三条');
    // 09-18 + 60 + 30 = Thursday 12-17.
    expect(due(out, 'HANDLING')).toMatchObject({ dueDate: '2026-12-17', extended: 30, rolled: false });
    // 12-04 + 30 = Sunday 2027-01-03 → Monday 01-04.
    expect(due(out, 'REVIEW_REQUEST')).toMatchObject({ dueDate: '2027-01-04', rolled: true });
  });

  it('prints the text form without --json', async () => {
    const r = await runEcocloud(['calc', 'complaint-deadlines', '--received', '2026-11-06']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ACCEPTANCE\s+from 2026-11-06 {2}due 2026-11-23 \(moved off a rest day\)/);
  });

  it.each([
    [['--received', '2026-02-30']],
    [[]],
    [['--received', '2026-11-06', '--extended']],
    [['--received', '2026-11-06', '--accepted', '2026-11-01']],
    [['--received', '2026-11-06', '--colour', 'red']],
  ])('refuses %j with exit code 2', async (args) => {
    const r = await runEcocloud(['calc', 'complaint-deadlines', ...args, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: ecocloud calc');
  });
});
