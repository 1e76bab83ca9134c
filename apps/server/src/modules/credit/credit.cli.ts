import { parseArgs } from 'node:util';
import type { CreditDueItem } from '@ecocloud/contracts';
import { withDeps } from '../../cli-deps';
import type { CliIo } from '../../server-module';
import { creditDue } from './disclosure/credit-due.service';

type Io = Pick<CliIo, 'stdout' | 'stderr'>;

export const CREDIT_USAGE = [
  'credit due --on DATE [--within DAYS] [--json] [--no-overdue]   disclosure reports (annual 15 March, temporary 5 working days) and list/rating steps falling due',
];

const USAGE = `usage: ecocloud ${CREDIT_USAGE[0]}
  from DATE up to DAYS ahead (default 30), and what is overdue unless --no-overdue;
  --json prints {"on": DATE, "items": [...]} as GET /credit/due does
`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function table(items: readonly CreditDueItem[], on: string): string {
  const lines = [`credit due from ${on}: ${items.length} item(s)`];
  for (const i of items) {
    const left = i.daysLeft < 0 ? `${-i.daysLeft} d overdue` : `in ${i.daysLeft} d`;
    const who = i.enterpriseName ? `  ${i.enterpriseName} (${i.uscc})` : '';
    lines.push(
      `${i.dueDate}  ${left.padEnd(14)} ${i.kind.padEnd(16)} ${i.subject}${who}  — ${i.rule.citation} (${i.rule.days} ${i.rule.dayKind} d)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function dueCommand(args: string[], io: Io): Promise<number> {
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
    io.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const within = values.within === undefined ? 30 : Number(values.within);
  if (!values.on || !validDay(values.on) || !Number.isInteger(within) || within < 0 || within > 3660) {
    io.stderr.write(USAGE);
    return 2;
  }
  const on = values.on;
  const items = await withDeps((deps) => creditDue(deps, null, on, { within, overdue: !values['no-overdue'] }));
  io.stdout.write(values.json ? `${JSON.stringify({ on, items }, null, 2)}\n` : table(items, on));
  return 0;
}

/** `ecocloud credit …`: one command word for the module, sub-commands by name. */
export async function runCreditCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'due') {
    io.stderr.write(USAGE);
    return 2;
  }
  return dueCommand(rest, io);
}
