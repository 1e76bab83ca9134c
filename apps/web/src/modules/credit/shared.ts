/** What other web modules may use from the credit module: the portal's credit pages, mounted in its frame. */
export { PortalCreditPage } from './portal/PortalCreditPage';
export { PortalCreditRepairPage } from './repair/PortalCreditRepairPage';
