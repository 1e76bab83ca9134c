// Enterprise environmental credit (issue 18): Civil Code months, the repair regimes of punishment records, the
// rating scheme and its score, the disclosure rules.
export * from './civil-months';
export * from './repair-regimes';
export * from './repair-periods';
export * from './repair-default-class';
export * from './rating-scheme';
export * from './rating-score';
export * from './rating-scope';
export * from './disclosure-rules';
