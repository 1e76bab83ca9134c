import { describe, expect, it } from 'vitest';
import { filterMenu, type MenuNode } from '../../lib/menu';
import { COMPLIANCE_MENU } from './compliance-menu';

const visible = (permissions: string[]) =>
  filterMenu([COMPLIANCE_MENU], permissions).flatMap((n: MenuNode) =>
    n.kind === 'group' ? n.children.map((c) => c.key) : [n.key],
  );

/** The grants of migrations 0014 and 0015, per role. */
describe('the compliance menu', () => {
  it('gives a city officer the inbox and the statistics, not the settings', () => {
    expect(visible(['compliance:read', 'compliance:triage'])).toEqual(['complianceLeads', 'complianceStats']);
  });

  it('gives an enterprise user its inbox only', () => {
    expect(visible(['compliance:read', 'compliance:explain'])).toEqual(['complianceLeads']);
  });

  it('gives a reader (leader, analyst) the inbox and the statistics, the admin everything', () => {
    expect(visible(['compliance:read'])).toEqual(['complianceLeads', 'complianceStats']);
    expect(visible(['compliance:read', 'compliance:triage', 'compliance:settings'])).toEqual([
      'complianceLeads',
      'complianceStats',
      'complianceSettings',
    ]);
  });

  it('is gone without compliance:read', () => {
    expect(visible(['sources:read'])).toEqual([]);
  });
});
