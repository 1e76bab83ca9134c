// Online-monitoring judgement against the permit (issue 16; docs/emissions-rules.md).
export * from './flags';
export * from './settings';
export * from './o2';
export * from './hourly';
export * from './exceedance';
export * from './amount';
export * from './heavy-metals';
export * from './signs';
export * from './fast';
