import { isCalendarDay, PUNISHMENT_CLASSES, repairPeriods, type RepairPeriods } from '@ecocloud/standards';
import { choice, UsageError, type ParsedArgs } from './calc-args';

export const CREDIT_REPAIR_OPTIONS = ['class', 'decision-date'];
export const CREDIT_REPAIR_FLAGS = ['json'];

const text = (p: RepairPeriods): string =>
  [
    `regime: ${p.regime.id} (${p.regime.instrument}, from ${p.regime.inForceFrom})`,
    `class: ${p.punishmentClass}   decision date: ${p.decisionDate}`,
    `published: ${p.published ? 'yes' : 'no'}`,
    `publication start: ${p.publicationStart ?? '-'}`,
    `minimum period ends: ${p.minimumEnds ?? '-'}   earliest repair date: ${p.earliestRepairDate ?? '-'}`,
    `maximum period ends: ${p.maximumEnds ?? '-'}   automatic removal date: ${p.automaticRemovalDate ?? '-'}`,
    `rule: ${p.rule}`,
    ...p.unverified.map((u) => `⚠ ${u}`),
    '',
  ].join('\n');

/**
 * `ecocloud calc credit-repair --class minor|general|serious --decision-date YYYY-MM-DD [--json]`: the
 * publication periods of one punishment record (packages/standards credit/repair-periods.ts). No input file.
 */
export async function runCreditRepair(args: ParsedArgs, io: { stdout: NodeJS.WritableStream }): Promise<void> {
  if (args.positional.length > 0) throw new UsageError('credit-repair reads no input file');
  const punishmentClass = choice(args, 'class', PUNISHMENT_CLASSES);
  if (!punishmentClass) throw new UsageError(`credit-repair needs --class ${PUNISHMENT_CLASSES.join('|')}`);
  const decisionDate = args.options.get('decision-date');
  if (!decisionDate) throw new UsageError('credit-repair needs --decision-date YYYY-MM-DD');
  if (!isCalendarDay(decisionDate))
    throw new UsageError(`--decision-date must be a calendar day YYYY-MM-DD; got ${decisionDate}`);
  const periods = repairPeriods({ punishmentClass, decisionDate });
  io.stdout.write(args.options.has('json') ? `${JSON.stringify(periods, null, 2)}\n` : text(periods));
}
