import type { MenuGroup } from '../../lib/menu';

/** 执法监管: the cases for everyone with enforcement:read (officers, inspectors, leaders, analysts). */
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
  ],
};
