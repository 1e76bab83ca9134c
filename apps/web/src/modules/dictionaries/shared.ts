/**
 * What other web modules may use from the dictionaries module.
 * The shell reads index.ts instead, so its chunk carries none of this.
 */
export { useRegionNames } from './hooks/useRegionNames';
