import type { MenuGroup } from '../../lib/menu';

/** 企业环境信用: officers (credit:read) and an enterprise's own users (credit:disclose). */
export const CREDIT_MENU: MenuGroup = {
  kind: 'group',
  key: 'credit',
  labelKey: 'credit.menu.group',
  children: [
    {
      kind: 'link',
      key: 'creditRepairRecords',
      path: '/app/credit/repair/records',
      labelKey: 'credit.menu.repairRecords',
      permission: 'credit:read',
    },
    {
      kind: 'link',
      key: 'creditRepairRequests',
      path: '/app/credit/repair/requests',
      labelKey: 'credit.menu.repairRequests',
      permission: 'credit:read',
    },
    {
      kind: 'link',
      key: 'creditOwnRecords',
      path: '/app/credit/repair/mine',
      labelKey: 'credit.menu.ownRecords',
      permission: 'credit:disclose',
      hideFor: { has: 'credit:read' },
    },
    {
      kind: 'link',
      key: 'creditOwnRequests',
      path: '/app/credit/repair/my-requests',
      labelKey: 'credit.menu.ownRequests',
      permission: 'credit:disclose',
      hideFor: { has: 'credit:read' },
    },
  ],
};
