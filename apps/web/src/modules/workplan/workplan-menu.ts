import type { MenuGroup } from '../../lib/menu';

/**
 * The work plan's menu group. Reading pages need workplan:read; the importer needs workplan:write.
 * The calendar is listed for readers: everyone may read it, adding days needs calendar:write.
 */
export const WORKPLAN_MENU: MenuGroup = {
  kind: 'group',
  key: 'workplan',
  labelKey: 'menu.workplan',
  children: [
    {
      kind: 'link',
      key: 'workplanBoard',
      path: '/app/workplan',
      labelKey: 'workplan.menu.board',
      permission: 'workplan:read',
    },
    {
      kind: 'link',
      key: 'workplanMine',
      path: '/app/workplan/units',
      labelKey: 'workplan.menu.mine',
      permission: 'workplan:read',
    },
    {
      kind: 'link',
      key: 'workplanOverdue',
      path: '/app/workplan/overdue',
      labelKey: 'workplan.menu.overdue',
      permission: 'workplan:read',
    },
    {
      kind: 'link',
      key: 'workplanImport',
      path: '/app/workplan/import',
      labelKey: 'workplan.menu.import',
      permission: 'workplan:write',
    },
    {
      kind: 'link',
      key: 'workplanAssessment',
      path: '/app/workplan/assessment',
      labelKey: 'workplan.menu.assessment',
      permission: 'workplan:read',
    },
    {
      kind: 'link',
      key: 'workplanMonthly',
      path: '/app/workplan/monthly',
      labelKey: 'workplan.monthly.menu',
      permission: 'workplan:read',
    },
    {
      kind: 'link',
      key: 'workplanCalendar',
      path: '/app/workplan/calendar',
      labelKey: 'workplan.menu.calendar',
      permission: 'workplan:read',
    },
  ],
};
