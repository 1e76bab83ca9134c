import { describe, expect, it } from 'vitest';
import { keysAffectedBy, sourcesKeys } from './query-keys';

const keyText = (keys: readonly (readonly unknown[])[]) => keys.map((k) => JSON.stringify(k));

describe('sources query keys', () => {
  it('a renewal refreshes the list, that enterprise file and the due list, not reports or other files', () => {
    const keys = keyText(keysAffectedBy({ kind: 'permit-event', enterpriseId: 'e1' }));
    expect(keys).toEqual(keyText([sourcesKeys.enterprises(), sourcesKeys.file('e1'), sourcesKeys.due()]));
    expect(keys).not.toContain(JSON.stringify(sourcesKeys.reports()));
    expect(keys).not.toContain(JSON.stringify(sourcesKeys.file()));
  });

  it('a created enterprise refreshes only the list', () => {
    expect(keyText(keysAffectedBy({ kind: 'enterprise-created' }))).toEqual(keyText([sourcesKeys.enterprises()]));
  });

  it('a report refreshes reports, that file and due items, not the register list', () => {
    const keys = keyText(keysAffectedBy({ kind: 'report', enterpriseId: 'e2' }));
    expect(keys).toContain(JSON.stringify(sourcesKeys.file('e2')));
    expect(keys).not.toContain(JSON.stringify(sourcesKeys.enterprises()));
  });

  it('list keys are prefixes of the filtered ones, so one invalidation reaches every page of them', () => {
    const filtered = sourcesKeys.enterprises({ page: 2 });
    expect(filtered.slice(0, sourcesKeys.enterprises().length)).toEqual([...sourcesKeys.enterprises()]);
  });
});

describe('the register forms invalidate only what they change', () => {
  const text = (k: readonly unknown[]) => JSON.stringify(k);

  it('an outlet refreshes only its enterprise page', () => {
    expect(keyText(keysAffectedBy({ kind: 'outlet', enterpriseId: 'e1' }))).toEqual([text(sourcesKeys.file('e1'))]);
  });

  it('edited limits refresh only that page: no clock or list reads them', () => {
    expect(keyText(keysAffectedBy({ kind: 'permit-limits', enterpriseId: 'e3' }))).toEqual([
      text(sourcesKeys.file('e3')),
    ]);
  });

  it('a new permit refreshes the list, its page, the due list and the reports, not other pages', () => {
    const keys = keyText(keysAffectedBy({ kind: 'permit', enterpriseId: 'e1' }));
    expect(keys).toEqual(
      keyText([sourcesKeys.enterprises(), sourcesKeys.file('e1'), sourcesKeys.due(), sourcesKeys.reports()]),
    );
    expect(keys).not.toContain(text(sourcesKeys.file()));
  });

  it('an edited enterprise refreshes the list and its page, not the clocks', () => {
    const keys = keyText(keysAffectedBy({ kind: 'enterprise-updated', enterpriseId: 'e1' }));
    expect(keys).toEqual(keyText([sourcesKeys.enterprises(), sourcesKeys.file('e1')]));
  });

  it('a moved report deadline refreshes the overrides, reports, due items and every page, not the register list', () => {
    const keys = keyText(keysAffectedBy({ kind: 'deadline-override' }));
    expect(keys).toContain(text(sourcesKeys.deadlineOverrides()));
    expect(keys).toContain(text(sourcesKeys.file()));
    expect(keys).not.toContain(text(sourcesKeys.enterprises()));
  });
});
