// Enforcement rules (issue 17): the legal basis in force on the day of the act, and penalty discretion.
export * from './legal-bases';
export * from './select-basis';
export * from './discretion';
export * from './penalty';
