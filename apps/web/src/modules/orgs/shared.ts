/**
 * What other web modules may use from the organisations module.
 * The shell reads index.ts instead, so its chunk carries none of this.
 */
export { OrgSelect } from './components/OrgSelect';
