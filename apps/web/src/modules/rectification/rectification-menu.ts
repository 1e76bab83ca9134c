import type { MenuGroup } from '../../lib/menu';

/** 督察整改: the batches, the problem ledger and supervision for everyone with rectification:read; the import for those who write. */
export const RECTIFICATION_MENU: MenuGroup = {
  kind: 'group',
  key: 'rectification',
  labelKey: 'rectification.menu.group',
  children: [
    {
      kind: 'link',
      key: 'rectificationBatches',
      path: '/app/rectification',
      labelKey: 'rectification.menu.batches',
      permission: 'rectification:read',
    },
    {
      kind: 'link',
      key: 'rectificationProblems',
      path: '/app/rectification/problems',
      labelKey: 'rectification.menu.problems',
      permission: 'rectification:read',
    },
    {
      kind: 'link',
      key: 'rectificationSupervision',
      path: '/app/rectification/supervision',
      labelKey: 'rectification.menu.supervision',
      permission: 'rectification:read',
    },
    {
      kind: 'link',
      key: 'rectificationImport',
      path: '/app/rectification/import',
      labelKey: 'rectification.menu.import',
      permission: 'rectification:write',
    },
  ],
};
