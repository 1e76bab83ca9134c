import {
  complaintClocks,
  complaintClockSettingsOf,
  isIsoDay,
  type ComplaintClock,
  type RestDayCalendar,
} from '@ecocloud/standards';
import { BASE_CALENDAR_DAYS } from '../../platform/deadlines/china-holidays';
import { UsageError, type ParsedArgs } from './calc-args';

export const COMPLAINT_DEADLINE_OPTIONS = ['received', 'accepted', 'replied', 'jurisdiction'];
export const COMPLAINT_DEADLINE_FLAGS = ['json', 'extended'];

/** The platform's base calendar (China's holidays and make-up days); the CLI has no database to read corrections from. */
function baseCalendar(): RestDayCalendar {
  return {
    holidays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date)),
    workdays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'workday').map((d) => d.date)),
  };
}

function day(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v !== undefined && !isIsoDay(v)) throw new UsageError(`--${name} must be a date YYYY-MM-DD; got ${v}`);
  return v;
}

const line = (c: ComplaintClock) =>
  `${c.code.padEnd(18)} from ${c.from}  due ${c.dueDate}${c.rolled ? ' (moved off a rest day)' : ''}${
    c.extended ? ` (+${c.extended} days extension)` : ''
  }  ${c.rule.amount} ${c.rule.unit === 'working_day' ? 'working days' : 'days'}  ${c.rule.citation}\n`;

/**
 * `ecocloud calc complaint-deadlines --received DATE [--accepted DATE] [--extended] [--replied DATE]
 * [--jurisdiction CODE] [--json]`: each deadline with its rule (信访工作条例 §§23, 34–36). `--extended` adds
 * the full 30 days an approval may grant; the review periods follow the written reply.
 */
export async function runComplaintDeadlines(args: ParsedArgs, io: { stdout: NodeJS.WritableStream }): Promise<void> {
  if (args.positional.length) throw new UsageError('complaint-deadlines reads no file');
  const received = day(args, 'received');
  if (!received) throw new UsageError('complaint-deadlines needs --received DATE');
  const accepted = day(args, 'accepted');
  const replied = day(args, 'replied');
  const extended = args.options.has('extended');
  if (extended && !accepted) throw new UsageError('--extended needs --accepted DATE');
  if (replied && !accepted) throw new UsageError('--replied needs --accepted DATE');
  if (accepted && accepted < received) throw new UsageError('--accepted is before --received');
  if (replied && accepted && replied < accepted) throw new UsageError('--replied is before --accepted');
  const jurisdiction = args.options.get('jurisdiction') ?? '450000';
  if (!/^\d{6}$/.test(jurisdiction))
    throw new UsageError(`--jurisdiction must be a region code of 6 digits; got ${jurisdiction}`);
  const deadlines = complaintClocks({ received, accepted, replied, extendedDays: extended ? 30 : 0 }, baseCalendar(), {
    settings: complaintClockSettingsOf(jurisdiction),
  }).map(({ code, from, dueDate, rolled, extended: ext, doneOn, satisfied, rule }) => ({
    code,
    from,
    dueDate,
    rolled,
    extended: ext,
    doneOn,
    satisfied,
    rule,
  }));
  if (args.options.has('json'))
    io.stdout.write(
      `${JSON.stringify({ received, accepted: accepted ?? null, replied: replied ?? null, extended, jurisdiction, deadlines }, null, 2)}\n`,
    );
  else for (const d of deadlines) io.stdout.write(line({ ...d, overdue: false, daysLeft: null }));
}
