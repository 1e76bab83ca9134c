export * from './rating-scheme';
export * from './rating-score';
export * from './rating-scope';
export * from './disclosure-rules';
