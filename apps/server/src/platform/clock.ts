/** The one source of "now": tests pass a fake clock, production the system time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
