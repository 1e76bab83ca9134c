// Enterprise environmental credit (issue 18): Civil Code months, the repair regimes of punishment records.
export * from './civil-months';
export * from './repair-regimes';
export * from './repair-periods';
export * from './repair-default-class';
