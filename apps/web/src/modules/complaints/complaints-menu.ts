import type { MenuGroup } from '../../lib/menu';

/** 信访投诉: the reports with their clocks, the map and the statistics, for everyone with complaints:read. */
export const COMPLAINTS_MENU: MenuGroup = {
  kind: 'group',
  key: 'complaints',
  labelKey: 'complaints.menu.group',
  children: [
    {
      kind: 'link',
      key: 'complaintsList',
      path: '/app/complaints/reports',
      labelKey: 'complaints.menu.list',
      permission: 'complaints:read',
    },
    {
      kind: 'link',
      key: 'complaintsMap',
      path: '/app/complaints/map',
      labelKey: 'complaints.menu.map',
      permission: 'complaints:read',
    },
    {
      kind: 'link',
      key: 'complaintsStats',
      path: '/app/complaints/stats',
      labelKey: 'complaints.menu.stats',
      permission: 'complaints:read',
    },
  ],
};
