import { describe, expect, it } from 'vitest';
import { filterMenu, findMenuKey } from '../lib/menu';
import { APP_MENU } from './menu-config';

function visibleKeys(permissions: string[]): string[] {
  return filterMenu(APP_MENU, permissions).flatMap((n) =>
    n.kind === 'group' ? [n.key, ...n.children.map((c) => c.key)] : [n.key],
  );
}

describe('work plan menu', () => {
  it('shows the reading pages with workplan:read and the importer only with workplan:write', () => {
    const reader = visibleKeys(['workplan:read']);
    expect(reader).toEqual(
      expect.arrayContaining([
        'workplan',
        'workplanBoard',
        'workplanMine',
        'workplanOverdue',
        'workplanAssessment',
        'workplanMonthly',
        'workplanCalendar',
      ]),
    );
    expect(reader).not.toContain('workplanImport');
    expect(visibleKeys(['workplan:read', 'workplan:write'])).toContain('workplanImport');
    expect(visibleKeys([])).not.toContain('workplan');
  });

  it('selects the board for item pages and my tasks for any unit', () => {
    expect(findMenuKey(APP_MENU, '/app/workplan/items/abc')).toBe('workplanBoard');
    expect(findMenuKey(APP_MENU, '/app/workplan/units/org-1')).toBe('workplanMine');
    expect(findMenuKey(APP_MENU, '/app/workplan/import')).toBe('workplanImport');
    expect(findMenuKey(APP_MENU, '/app/workplan/monthly')).toBe('workplanMonthly');
  });
});
