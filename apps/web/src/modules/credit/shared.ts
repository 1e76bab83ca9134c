/** What other web modules may use from the credit module: the portal's credit page, mounted in its frame. */
export { PortalCreditPage } from './repair/PortalCreditPage';
