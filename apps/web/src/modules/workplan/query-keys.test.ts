import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { keysAffectedBy, workplanKeys, type WorkplanWrite } from './query-keys';

/** A cache holding one query of each kind (two plans, two items), as the pages would leave it. */
function filledCache(): QueryClient {
  const client = new QueryClient();
  const keys: QueryKey[] = [
    workplanKeys.plans(),
    workplanKeys.rounds('p1'),
    workplanKeys.rounds('p2'),
    workplanKeys.board('p1'),
    workplanKeys.board('p2'),
    workplanKeys.items('p1', {}),
    workplanKeys.items('p1', { status: 'overdue' }),
    workplanKeys.item('i1'),
    workplanKeys.overdue('p1'),
    workplanKeys.unit('p1', 'u1'),
    workplanKeys.reminders('p1'),
    workplanKeys.assessment('p1'),
    workplanKeys.series('x1'),
    workplanKeys.reports('i1'),
    workplanKeys.reports('i2'),
    workplanKeys.notices('i1'),
    workplanKeys.notices('i2'),
    workplanKeys.calendar(2025),
  ];
  for (const k of keys) client.setQueryData(k, { items: [], total: 0 });
  return client;
}

/** The cached queries a write marks stale, as readable strings. */
async function staleAfter(write: WorkplanWrite): Promise<string[]> {
  const client = filledCache();
  await Promise.all(keysAffectedBy(write).map((queryKey) => client.invalidateQueries({ queryKey })));
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) =>
      q.queryKey
        .slice(1)
        .map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p)))
        .join(' '),
    )
    .sort();
}

describe('keysAffectedBy: a write refreshes what it changes, and nothing else', () => {
  it("a report refreshes its item's reports and the plan views, not the plans, rounds, notices or calendar", async () => {
    expect(await staleAfter({ kind: 'report', itemId: 'i1' })).toEqual(
      [
        'assessment p1',
        'board p1',
        'board p2',
        'item i1',
        'items p1 {"status":"overdue"}',
        'items p1 {}',
        'overdue p1',
        'reminders p1',
        'reports i1',
        'series x1',
        'unit p1 u1',
      ].sort(),
    );
  });

  it('marking an item done refreshes the views of its plan only', async () => {
    expect(await staleAfter({ kind: 'done', planId: 'p2' })).toEqual(['board p2', 'item i1', 'series x1']);
  });

  it('editing an item refreshes the views of its plan, not its reports', async () => {
    expect(await staleAfter({ kind: 'edit', planId: 'p2' })).toEqual(['board p2', 'item i1', 'series x1']);
  });

  it("a merge refreshes the views of its plan and the kept item's reports and notices", async () => {
    expect(await staleAfter({ kind: 'merge', planId: 'p2', itemId: 'i2' })).toEqual([
      'board p2',
      'item i1',
      'notices i2',
      'reports i2',
      'series x1',
    ]);
  });

  it("a notice refreshes that item's notices and the duties", async () => {
    expect(await staleAfter({ kind: 'notice', itemId: 'i2' })).toEqual(['notices i2', 'unit p1 u1']);
  });

  it('rounds, weights, a new plan and a calendar day each touch their own queries', async () => {
    expect(await staleAfter({ kind: 'rounds', planId: 'p1' })).toEqual([
      'assessment p1',
      'reminders p1',
      'rounds p1',
      'unit p1 u1',
    ]);
    expect(await staleAfter({ kind: 'weights', planId: 'p1' })).toEqual(['assessment p1', 'plans']);
    expect(await staleAfter({ kind: 'plan-created' })).toEqual(['plans']);
    expect(await staleAfter({ kind: 'calendar', year: 2025 })).toEqual([
      'calendar 2025',
      'notices i1',
      'notices i2',
      'reminders p1',
      'unit p1 u1',
    ]);
  });

  it('an import refreshes the plans and every view of its plan', async () => {
    const stale = await staleAfter({ kind: 'import', planId: 'p1' });
    expect(stale).toContain('plans');
    expect(stale).toContain('board p1');
    expect(stale).not.toContain('board p2');
    expect(stale).not.toContain('rounds p1');
  });
});
