import type { MenuGroup } from '../../lib/menu';

/**
 * The assessment menu group (评价). Reading pages need assessment:read; the open-data keys page
 * needs apikeys:admin. Writing (targets, queued bulletins) is offered inside the pages.
 */
export const ASSESSMENT_MENU: MenuGroup = {
  kind: 'group',
  key: 'assessment',
  labelKey: 'menu.assessment',
  children: [
    {
      kind: 'link',
      key: 'assessmentDashboard',
      path: '/app/assessment',
      labelKey: 'assessment.menu.dashboard',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'assessmentRanking',
      path: '/app/assessment/ranking',
      labelKey: 'assessment.menu.ranking',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'assessmentWater',
      path: '/app/assessment/water',
      labelKey: 'assessment.menu.water',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'assessmentOtherMedia',
      path: '/app/assessment/other-media',
      labelKey: 'assessment.menu.otherMedia',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'assessmentTargets',
      path: '/app/assessment/targets',
      labelKey: 'assessment.menu.targets',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'assessmentBulletins',
      path: '/app/assessment/bulletins',
      labelKey: 'assessment.menu.bulletins',
      permission: 'assessment:read',
    },
    {
      kind: 'link',
      key: 'apiKeys',
      path: '/app/assessment/api-keys',
      labelKey: 'assessment.menu.apiKeys',
      permission: 'apikeys:admin',
    },
  ],
};
