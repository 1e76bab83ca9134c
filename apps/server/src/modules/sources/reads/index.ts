/** The register's read functions for other modules (the tables stay sources'; see table-ownership.test.ts). */
export { enterpriseInReach, judgeableOutlets, outletsInReach, permittedAmounts } from './outlet-limits-reads';
export { enterprisesInReach, type EnterpriseInReach } from './enterprise-reads';
export { outletsOfLoggers, type OutletOfLogger } from './outlet-logger-reads';
export { enterpriseParty, type EnterpriseParty } from './enterprise-party-reads';
export { executionReportsOn, permitEventsOfEnterprises, permitsOfEnterprises } from './credit-reads';
