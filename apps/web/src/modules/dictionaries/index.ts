/** What other web modules may use from the dictionaries module. */
export { regionNameOf, useRegionNames } from './hooks/useRegionNames';
