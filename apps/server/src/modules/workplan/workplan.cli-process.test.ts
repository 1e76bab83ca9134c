import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanProposal, ProposedItem } from '@ecocloud/contracts';
import { runEcocloud } from '../../test/cli-process';

/** `ecocloud workplan import <seed> --dry-run --json | jq`: the real command in a child process, stdout a slow pipe. */

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_1525b2c634cd8c3f.txt');
const hasSeed = fs.existsSync(seedPath);
if (!hasSeed) console.warn(`SKIP CLI process seed import: ${seedPath} is absent`);
const flat = (items: ProposedItem[]): ProposedItem[] => items.flatMap((i) => [i, ...flat(i.children)]);

describe.skipIf(!hasSeed)('ecocloud workplan import <seed> --dry-run --json (child process, piped)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-cli-process-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the whole proposal: every item dated, the targets with values and deadlines', async () => {
    const unitsFile = path.join(tmp, 'units.txt');
    fs.writeFileSync(
      unitsFile,
      '# the department and one division\n广西壮族自治区生态环境厅=广西生态环境厅、自治区生态环境厅\n大气环境处\n',
    );
    const run = await runEcocloud(['workplan', 'import', seedPath, '--dry-run', '--json', '--units', unitsFile], {
      env: { ECOCLOUD_DEMO: '0' },
    });
    expect(run.code, run.stderr).toBe(0);
    const proposal = JSON.parse(run.stdout) as PlanProposal;
    const items = flat(proposal.items);
    expect(items).toHaveLength(204);
    expect(items.filter((i) => !i.deadline || !i.deadlineSource)).toEqual([]);
    expect(items.filter((i) => i.deadlineSource === 'default')).toHaveLength(200);
    const targets = items.flatMap((i) => i.indicators);
    expect(proposal.counts.indicators).toBe(17);
    expect(targets.map((x) => [x.name, x.target, x.unit, x.deadline])).toEqual(
      expect.arrayContaining([
        ['农村生活污水治理率', 33, '%', '2024-12-31'],
        ['完成茅尾海入海排污口整治', 100, '%', '2024-12-31'],
        ['完成全区地市级地下水污染防治重点区划定', 100, '%', '2024-12-31'],
        ['完成全区城市功能区声环境质量自动监测系统建设', 100, '%', '2024-12-31'],
        ['完成广西海湾精细化调查专题报告', 100, '%', '2024-12-31'],
        ['编制绿色转型创新发展规划的县', 4, '个', '2024-12-31'],
        ['制定整治计划的市', 3, '个', '2024-12-31'],
        ['“无废城市”建设（南宁、柳州、桂林市）', 3, '个', '2024-12-31'],
      ]),
    );
    expect(targets.every((x) => x.deadlineSource === 'text' || x.deadlineSource === 'default')).toBe(true);
    expect([...new Set(items.flatMap((i) => i.units))]).toEqual(['广西壮族自治区生态环境厅']);
  });

  it('refuses a missing units dictionary with exit code 2', async () => {
    const run = await runEcocloud(['workplan', 'import', seedPath, '--dry-run', '--units', path.join(tmp, 'none.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file');
  });
});
