import type { MenuGroup } from '../../lib/menu';

/**
 * 企业环境信用: officers (credit:read) see the rating runs, the disclosure list and reports, the punishment
 * records and repair requests; an enterprise's own users (credit:disclose) their rating, reports, records and
 * requests.
 */
export const CREDIT_MENU: MenuGroup = {
  kind: 'group',
  key: 'credit',
  labelKey: 'credit.menu.group',
  children: [
    {
      kind: 'link',
      key: 'creditRatings',
      path: '/app/credit/ratings',
      labelKey: 'creditRating.menu.ratings',
      permission: 'credit:read',
    },
    {
      kind: 'link',
      key: 'creditDisclosureList',
      path: '/app/credit/disclosure/list',
      labelKey: 'creditRating.menu.list',
      permission: 'credit:read',
    },
    {
      kind: 'link',
      key: 'creditReports',
      path: '/app/credit/disclosure/reports',
      labelKey: 'creditRating.menu.reports',
      permission: 'credit:read',
    },
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
      key: 'creditMine',
      path: '/app/credit/mine',
      labelKey: 'creditRating.menu.mine',
      permission: 'credit:disclose',
    },
    {
      kind: 'link',
      key: 'creditMyReports',
      path: '/app/credit/disclosure/my-reports',
      labelKey: 'creditRating.menu.myReports',
      permission: 'credit:disclose',
      hideFor: { has: 'credit:read' },
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
