import { parseArgs } from 'node:util';
import type { DueItem } from '@ecocloud/contracts';
import { withDeps } from '../../../cli-deps';
import { dueInReach } from './due.service';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** The `ecocloud --help` line; `sources due` is one sub-command of the module's `sources` command. */
export const DUE_USAGE_LINE =
  'sources due --on DATE [--within DAYS] [--json] [--no-overdue]   what falls due (renewal at valid_to − 60 d, clocks, execution reports)';

const DUE_USAGE = `usage: ecocloud ${DUE_USAGE_LINE}
  from DATE up to DAYS ahead (default 90), and what is overdue unless --no-overdue;
  --json prints {"items": [...]} as GET /sources/due does
`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A table for people: one line per item, the rule it comes from at the end. */
function table(items: readonly DueItem[], on: string): string {
  const lines = [`due from ${on}: ${items.length} item(s)`];
  for (const i of items) {
    const left = i.daysLeft < 0 ? `${-i.daysLeft} d overdue` : `in ${i.daysLeft} d`;
    const period = i.periodKey ? ` ${i.periodKey}` : '';
    const risk = i.permitState === 'expired' ? ' [无证排污 risk: expired]' : '';
    lines.push(
      `${i.dueDate}  ${left.padEnd(14)} ${i.state.padEnd(8)} ${i.kind}${period}  ${i.enterpriseName} (${i.uscc})  ${i.permitNo}${risk}  — ${i.rule.citation} (${i.rule.days} ${i.rule.dayKind} d)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `ecocloud sources due`: the due list of every enterprise (the CLI acts as the system, scope all). */
export async function runDueCommand(args: string[], io: Io): Promise<number> {
  let values: { on?: string | undefined; within?: string | undefined; json?: boolean; 'no-overdue'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        on: { type: 'string' },
        within: { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-overdue': { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n${DUE_USAGE}`);
    return 2;
  }
  const within = values.within === undefined ? 90 : Number(values.within);
  if (
    !values.on ||
    !ISO_DATE.test(values.on) ||
    Number.isNaN(Date.parse(values.on)) ||
    !Number.isInteger(within) ||
    within < 0
  ) {
    io.stderr.write(DUE_USAGE);
    return 2;
  }
  const on = values.on;
  const items = await withDeps((deps) =>
    dueInReach(deps, { actor: null }, on, { within, overdue: !values['no-overdue'] }),
  );
  io.stdout.write(values.json ? `${JSON.stringify({ items }, null, 2)}\n` : table(items, on));
  return 0;
}
