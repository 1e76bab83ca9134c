import type { MenuGroup } from '../../lib/menu';

/** 企业环境信用: officers see the runs, the list and the reports; an enterprise its own rating and reports. */
export const CREDIT_MENU: MenuGroup = {
  kind: 'group',
  key: 'credit',
  labelKey: 'creditRating.menu.group',
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
      key: 'creditMine',
      path: '/app/credit/mine',
      labelKey: 'creditRating.menu.mine',
      permission: 'credit:disclose',
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
      key: 'creditMyReports',
      path: '/app/credit/disclosure/reports',
      labelKey: 'creditRating.menu.myReports',
      permission: 'credit:disclose',
      hideFor: { has: 'credit:read' },
    },
  ],
};
