import { describe, expect, it } from 'vitest';
import type { ServiceDeps } from '../service-deps';
import { derivedCriteria, supervisionFactsOf, useSupervisionOf, type SupervisionSource } from './supervision-registry';

const deps = {} as ServiceDeps;

describe('supervision registry', () => {
  it('groups the facts of every source by enterprise and knows which criteria are derived', async () => {
    const credit: SupervisionSource = {
      criteria: ['bad_credit', 'credit_warning'],
      read: async (_d, ids, day) =>
        ids
          .filter((id) => id === 'e1')
          .map((id) => ({ enterpriseId: id, criterion: 'bad_credit', text: `不良 ${day}` })),
    };
    const complaints: SupervisionSource = {
      criteria: ['complaints'],
      read: async (_d, ids) => ids.map((id) => ({ enterpriseId: id, criterion: 'complaints', text: '查实投诉3件' })),
    };
    useSupervisionOf([{ supervision: [credit] }, {}, { supervision: [complaints] }]);
    const facts = await supervisionFactsOf(deps, ['e1', 'e2'], '2026-12-06');
    expect(facts.get('e1')?.map((f) => f.criterion)).toEqual(['bad_credit', 'complaints']);
    expect(facts.get('e1')?.[0]?.text).toBe('不良 2026-12-06');
    expect(facts.get('e2')?.map((f) => f.criterion)).toEqual(['complaints']);
    expect([...derivedCriteria()].sort()).toEqual(['bad_credit', 'complaints', 'credit_warning']);
  });

  it('asks no source about no enterprise', async () => {
    let asked = false;
    useSupervisionOf([{ supervision: [{ criteria: [], read: async () => ((asked = true), []) }] }]);
    expect((await supervisionFactsOf(deps, [], '2026-12-06')).size).toBe(0);
    expect(asked).toBe(false);
  });
});
