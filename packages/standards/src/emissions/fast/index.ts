// The columnar fast path of the hourly judgement (docs/emissions-rules.md "Fast path").
export * from './scaled';
export * from './flag-codes';
export * from './reducer';
export * from './hourly-judge';
