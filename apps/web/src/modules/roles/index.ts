/** What other web modules may use from the roles module. */
export { roleLabel } from './api';
export { useRoles } from './hooks/useRoles';
