/**
 * What other web modules may use from the sources module: the public enterprise page, which the
 * portal mounts in its frame (the QR code of 一企一码 opens it). The shell reads index.ts instead.
 */
export { PortalEnterprisePage } from './pages/PortalEnterprisePage';
