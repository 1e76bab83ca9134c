import type { MenuGroup } from '../../lib/menu';

/**
 * The online-monitoring compliance group (在线监控合规). Everyone with compliance:read reaches the
 * inbox (a city officer its region's leads, an enterprise user its own unit's); the statistics are
 * for staff, not for an enterprise user (who may explain but not triage); the settings need
 * compliance:settings.
 */
export const COMPLIANCE_MENU: MenuGroup = {
  kind: 'group',
  key: 'compliance',
  labelKey: 'compliance.menu.group',
  children: [
    {
      kind: 'link',
      key: 'complianceLeads',
      path: '/app/compliance/leads',
      labelKey: 'compliance.menu.leads',
      permission: 'compliance:read',
    },
    {
      kind: 'link',
      key: 'complianceStats',
      path: '/app/compliance/stats',
      labelKey: 'compliance.menu.stats',
      permission: 'compliance:read',
      hideFor: { has: 'compliance:explain', lacks: 'compliance:triage' },
    },
    {
      kind: 'link',
      key: 'complianceSettings',
      path: '/app/compliance/settings',
      labelKey: 'compliance.menu.settings',
      permission: 'compliance:settings',
    },
  ],
};
