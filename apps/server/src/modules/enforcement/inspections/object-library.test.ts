import { describe, expect, it } from 'vitest';
import { placeObject, underivedCriteriaNote } from './object-library';

const general = {
  category: 'simplified',
  keyListYear: null,
  penalisedCaseNo: undefined,
  manualLibrary: null,
  manualReasons: [],
  derived: [],
} as const;

describe('placeObject with facts other modules derive', () => {
  it('a derived credit level puts a general unit under special supervision, with the source’s own words', () => {
    const placed = placeObject({
      ...general,
      derived: [{ criterion: 'bad_credit', text: '2026年度环境信用评价为不良' }],
    });
    expect(placed.library).toBe('special');
    expect(placed.reasons).toEqual([{ code: 'bad_credit', text: '2026年度环境信用评价为不良', source: 'derived' }]);
  });

  it('a manual mark the data already shows is not listed twice; another manual mark is', () => {
    const placed = placeObject({
      ...general,
      manualReasons: ['complaints', 'major_risk'],
      derived: [{ criterion: 'complaints', text: '近12个月被查实投诉3件' }],
    });
    expect(placed.reasons.map((r) => `${r.code}:${r.source}`)).toEqual(['complaints:derived', 'major_risk:manual']);
  });

  it('a key unit stays key and keeps the derived reason', () => {
    const placed = placeObject({
      ...general,
      category: 'key',
      derived: [{ criterion: 'credit_warning', text: '警示' }],
    });
    expect(placed.library).toBe('key');
    expect(placed.reasons.map((r) => r.code)).toEqual(['key_permit', 'credit_warning']);
  });

  it('the note names only the criteria no module derives', () => {
    expect(underivedCriteriaNote(new Set())).toContain('被查实投诉三次以上');
    const left = underivedCriteriaNote(new Set(['complaints', 'credit_warning', 'bad_credit']));
    expect(left).toContain('重大环境风险');
    expect(left).not.toContain('投诉');
    expect(underivedCriteriaNote(new Set(['complaints', 'credit_warning', 'bad_credit', 'major_risk']))).toBeNull();
  });
});
