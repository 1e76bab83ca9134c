import type { MenuGroup } from '../../lib/menu';

/** 执法监管: the cases, random inspections (双随机) and their libraries for everyone with enforcement:read (officers, inspectors, leaders, analysts). */
export const ENFORCEMENT_MENU: MenuGroup = {
  kind: 'group',
  key: 'enforcement',
  labelKey: 'enforcement.menu.group',
  children: [
    {
      kind: 'link',
      key: 'enforcementCases',
      path: '/app/enforcement/cases',
      labelKey: 'enforcement.menu.cases',
      permission: 'enforcement:read',
    },
    {
      kind: 'link',
      key: 'enforcementInspections',
      path: '/app/enforcement/inspections',
      labelKey: 'enforcement.menu.inspections',
      permission: 'enforcement:read',
    },
    {
      kind: 'link',
      key: 'enforcementInspectionLibrary',
      path: '/app/enforcement/inspection-library',
      labelKey: 'enforcement.menu.inspectionLibrary',
      permission: 'enforcement:read',
    },
    {
      kind: 'link',
      key: 'enforcementCalendar',
      path: '/app/enforcement/calendar',
      labelKey: 'enforcement.calendar.menu',
      permission: 'enforcement:read',
    },
    {
      kind: 'link',
      key: 'enforcementStats',
      path: '/app/enforcement/stats',
      labelKey: 'enforcement.stats.menu',
      permission: 'enforcement:read',
    },
    {
      kind: 'link',
      key: 'enforcementInspectionRecords',
      path: '/app/enforcement/inspection-records',
      labelKey: 'enforcement.menu.records',
      permission: 'enforcement:read',
    },
  ],
};
