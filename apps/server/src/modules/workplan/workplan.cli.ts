import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { withDeps } from '../../cli-deps';
import { AppError, type PlanProposal, type ProposedItem } from '@ecocloud/contracts';
import { DEFAULT_WEIGHTS } from './views/assessment-score';
import { PLAN_FILE_PATTERN, planTextFromFile } from './import/plan-file';
import { parsePlanText } from './import/plan-parser';
import { parseUnitDictionary } from './import/unit-dictionary';
import { findPlanIdOf, insertPlan } from './plans/plans.repository';
import { previewImport, saveImport } from './plans/plans.service';
import { firstOrgOfRegion, provinceOrg } from '../../platform/orgs/org-reads';
import { escalateNotices } from './supervision/supervision.service';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const WORKPLAN_USAGE = `ecocloud workplan <command>

  import FILE [--dry-run] [--json] [--year N] [--units FILE] [--org-region CODE] [--replace]
        read a plan (.docx or UTF-8 .txt) into items; --dry-run prints the proposal without a database
        (--json as JSON; lead units only from --units, a dictionary file: one unit a line, aliases
        after "="); otherwise saves it into the plan of that year of the organisation (default: the
        province), created when absent, with the organisations as the units dictionary
  escalate
        raise every supervision notice whose reply is late by one level
`;

/** An indented outline of the proposal for people: headings, tasks and indicators (measures counted, not listed). */
function outline(p: PlanProposal): string {
  const lines = [
    `${p.title} (${p.year}): ${p.counts.items} items, ${p.counts.indicators} indicators`,
    ...p.warnings.map((w) => `warning: ${w}`),
  ];
  const walk = (items: ProposedItem[], depth: number) => {
    for (const i of items) {
      if (i.kind === 'measure') continue;
      const measures = i.children.filter((c) => c.kind === 'measure').length;
      lines.push(`${'  '.repeat(depth)}${i.number}${i.title}${measures ? ` [${measures} measures]` : ''}`);
      for (const x of [...i.indicators, ...i.children.flatMap((c) => c.indicators)]) {
        const marked = x.deadlineSource === 'default' ? ' (default)' : '';
        lines.push(
          `${'  '.repeat(depth + 1)}◆ ${x.name} ${x.direction} ${x.target}${x.unit} by ${x.deadline}${marked}`,
        );
      }
      walk(i.children, depth + 1);
    }
  };
  walk(p.items, 0);
  return `${lines.join('\n')}\n`;
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      year: { type: 'string' },
      'org-region': { type: 'string' },
      units: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const year = values.year ? Number(values.year) : undefined;
  if (!file || (year !== undefined && !Number.isInteger(year))) {
    io.stderr.write(WORKPLAN_USAGE);
    return 2;
  }
  if (!PLAN_FILE_PATTERN.test(file)) {
    io.stderr.write(`unsupported file ${file}: use a .docx or a UTF-8 .txt\n`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    io.stderr.write(`no such file: ${file}\n`);
    return 2;
  }
  let text: string;
  try {
    text = planTextFromFile(file, fs.readFileSync(file));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 2;
  }
  const unitsFile = values.units;
  if (unitsFile !== undefined && !fs.existsSync(unitsFile)) {
    io.stderr.write(`no such file: ${unitsFile}\n`);
    return 2;
  }
  if (values['dry-run']) {
    const units = unitsFile ? parseUnitDictionary(fs.readFileSync(unitsFile, 'utf8')) : [];
    const proposal = parsePlanText(text, { year, units });
    io.stdout.write(values.json ? `${JSON.stringify(proposal, null, 2)}\n` : outline(proposal));
    return 0;
  }
  return withDeps(async (deps) => {
    const proposal = await previewImport(deps, text, year);
    const region = values['org-region'];
    // The first organisation of the given region, else the province.
    const org = region ? await firstOrgOfRegion(deps.db, region) : await provinceOrg(deps.db);
    if (!org) {
      io.stderr.write('no organisation found for the plan: pass --org-region\n');
      return 2;
    }
    let plan = await findPlanIdOf(deps.db, proposal.year, org.id);
    if (!plan) {
      const now = deps.clock.now().toISOString();
      plan = { id: randomUUID() };
      await insertPlan(deps.db, {
        id: plan.id,
        year: proposal.year,
        org_id: org.id,
        title: proposal.title || `${proposal.year}年工作要点`,
        weights_json: JSON.stringify(DEFAULT_WEIGHTS),
        created_by: null,
        created_at: now,
        updated_at: now,
      });
    }
    const saved = await saveImport(deps, null, { planId: plan.id, items: proposal.items, replace: values.replace });
    const report = { planId: plan.id, ...saved };
    io.stdout.write(
      values.json
        ? `${JSON.stringify(report)}\n`
        : `saved ${saved.created} items and ${saved.indicators} indicators into plan ${plan.id}\n`,
    );
    return 0;
  });
}

/** `ecocloud workplan …`: returns the exit code (0 ok, 2 usage or input error). */
export async function runWorkplanCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importCommand(rest, io);
  if (sub === 'escalate') {
    return withDeps(async (deps) => {
      const { escalated } = await escalateNotices(deps, null);
      io.stdout.write(`escalated ${escalated} notice(s)\n`);
      return 0;
    });
  }
  io.stderr.write(WORKPLAN_USAGE);
  return 2;
}
