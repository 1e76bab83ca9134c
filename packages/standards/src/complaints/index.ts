// Complaint and petition clocks (issue 19): 信访工作条例 and the 12369 rules, on a working calendar passed in.
export * from './complaint-clock-rules';
export * from './complaint-days';
export * from './complaint-clocks';
