import { describe, expect, it } from 'vitest';
import { filterMenu } from '../lib/menu';
import { APP_MENU } from './menu-config';

function sourcesKeys(permissions: string[]): string[] {
  return filterMenu(APP_MENU, permissions).flatMap((n) =>
    n.kind === 'group' && n.key === 'sources' ? n.children.map((c) => c.key) : [],
  );
}

// The grants of migration 0013, role by role.
const ROLES = {
  admin: ['sources:read', 'sources:write', 'sources:import', 'sources:report'],
  cityOfficer: ['sources:read', 'sources:write', 'sources:report'],
  leader: ['sources:read'],
  enterpriseUser: ['sources:read', 'sources:report'],
};

describe('pollution sources menu: each role sees its own work', () => {
  it('an enterprise user sees its own unit and its reports, not the register tools', () => {
    expect(sourcesKeys(ROLES.enterpriseUser)).toEqual(['sourcesMine', 'sourcesReports']);
  });

  it('the admin sees the register, due list, reports and importer, not the enterprise page', () => {
    expect(sourcesKeys(ROLES.admin)).toEqual(['sourcesEnterprises', 'sourcesDue', 'sourcesReports', 'sourcesImport']);
  });

  it('a city officer has no importer; a reader sees the register and due list too', () => {
    expect(sourcesKeys(ROLES.cityOfficer)).toEqual(['sourcesEnterprises', 'sourcesDue', 'sourcesReports']);
    expect(sourcesKeys(ROLES.leader)).toEqual(['sourcesEnterprises', 'sourcesDue', 'sourcesReports']);
    expect(sourcesKeys([])).toEqual([]);
  });
});
