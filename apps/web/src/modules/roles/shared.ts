/**
 * What other web modules may use from the roles module.
 * The shell reads index.ts instead, so its chunk carries none of this.
 */
export { roleLabel } from './api';
export { useRoles } from './hooks/useRoles';
