import type { Page } from 'playwright-core';

/** What every journey receives: a fresh page (own browser context) and the run's credentials. */
export type JourneyContext = {
  page: Page;
  baseUrl: string;
  adminPassword: string;
  demoPassword: string;
};

/** A journey module exports `name` and `run`; the runner finds them in e2e/journeys/*.journey.ts. */
export type Journey = {
  name: string;
  run: (ctx: JourneyContext) => Promise<void>;
  /** A journey that starts its own server may need longer than the default 90 s. */
  timeoutMs?: number;
};
