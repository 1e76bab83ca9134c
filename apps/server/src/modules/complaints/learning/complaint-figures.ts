import type { ComplaintClock } from '@ecocloud/standards';
import { daysFromTo } from '@ecocloud/standards';

type FigureInput = {
  receivedOn: string;
  repliedOn: string | null;
  ratedOn: string | null;
  satisfaction: string | null;
  merged: boolean;
  clocks: readonly ComplaintClock[];
};

export type ComplaintFigures = {
  received: number;
  answered: number;
  answeredOnTime: number;
  onTimeRate: number | null;
  avgDaysToAnswer: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  overdueOpen: number;
};

const inRange = (d: string | null, from: string, to: string): d is string => d !== null && d >= from && d <= to;
/** One decimal, half to even (as enforcement's statistics). */
function round1(x: number): number {
  const scaled = x * 10;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const r = Math.abs(diff - 0.5) < 1e-9 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
  return r / 10;
}

/**
 * Figures of a set of reports over the days [from, to]: received in the range; answered (written reply dated in
 * the range) and of those within the handling clock (60 days + extension, rest-day roll); mean calendar days from
 * receipt to reply; ratings dated in the range and the satisfied share; open authority clocks already overdue.
 */
export function complaintFigures(reports: readonly FigureInput[], from: string, to: string): ComplaintFigures {
  let received = 0;
  let answered = 0;
  let onTime = 0;
  let days = 0;
  let rated = 0;
  let satisfied = 0;
  let overdueOpen = 0;
  for (const r of reports) {
    if (inRange(r.receivedOn, from, to)) received++;
    if (inRange(r.repliedOn, from, to) && !r.merged) {
      answered++;
      days += daysFromTo(r.receivedOn, r.repliedOn);
      if (r.clocks.find((c) => c.code === 'HANDLING')?.satisfied) onTime++;
    }
    if (inRange(r.ratedOn, from, to)) {
      rated++;
      if (r.satisfaction === 'satisfied') satisfied++;
    }
    if (r.clocks.some((c) => c.rule.party === 'authority' && c.doneOn === null && c.overdue)) overdueOpen++;
  }
  return {
    received,
    answered,
    answeredOnTime: onTime,
    onTimeRate: answered ? Math.min(100, round1((onTime / answered) * 100)) : null,
    avgDaysToAnswer: answered ? round1(days / answered) : null,
    rated,
    satisfied,
    satisfactionRate: rated ? round1((satisfied / rated) * 100) : null,
    overdueOpen,
  };
}
