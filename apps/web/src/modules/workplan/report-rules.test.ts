import { describe, expect, it } from 'vitest';
import { defaultRound, isValidPercent, readAsBase64, shanghaiToday } from './report-rules';
import type { Round } from './types';

const round = (label: string): Round => ({
  id: label,
  planId: 'p',
  label,
  periodStart: `${label}-01`,
  periodEnd: `${label}-28`,
  dueDate: `${label}-28`,
});

describe('report rules', () => {
  it('accepts integer percents 0–100 only', () => {
    expect([0, 55, 100].every(isValidPercent)).toBe(true);
    expect([-1, 101, 50.5, Number.NaN, '50', null].some(isValidPercent)).toBe(false);
  });

  it('defaults to the round of the current month, else the first', () => {
    const rounds = [round('2026-03'), round('2026-01'), round('2026-02')];
    expect(defaultRound(rounds, '2026-02-15')?.label).toBe('2026-02');
    expect(defaultRound(rounds, '2025-12-31')?.label).toBe('2026-01');
    expect(defaultRound([], '2026-01-01')).toBeUndefined();
  });

  it('reads today in Beijing time', () => {
    expect(shanghaiToday(Date.parse('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(shanghaiToday(Date.parse('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
  });

  it('reads a file as bare base64', async () => {
    expect(await readAsBase64(new Blob(['进度'], { type: 'text/plain' }))).toBe('6L+b5bqm'); // UTF-8 bytes of 进度, base64
  });
});
