import { lazyPage } from '../../lib/lazy-page';
import { inPlatformGroup } from '../../lib/menu';
import type { WebModule } from '../../lib/web-module';

const AuditPage = lazyPage(() => import('./pages/AuditPage'), 'AuditPage');

/** The audit module as the shell sees it: its page and its link in the platform group. */
export const auditWebModule: WebModule = {
  name: 'audit',
  routes: [{ path: 'audit', page: AuditPage, permission: 'audit:read' }],
  menu: [
    inPlatformGroup({
      kind: 'link',
      key: 'audit',
      path: '/app/audit',
      labelKey: 'menu.audit',
      permission: 'audit:read',
    }),
  ],
};
