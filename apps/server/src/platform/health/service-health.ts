/** The HJ 212 ingest journal as /api/health reports it. */
export type IngestHealth = {
  /** rows acknowledged to loggers and not yet applied to observations (not yet on maps and charts) */
  pendingRows: number;
  /** the last attempt to apply the journal failed; it is retried, and the entries stay in the journal */
  applyFailing: boolean;
};

/**
 * What the long-running services of this process show on /api/health, read when it is asked.
 * A service sets its probe when it starts and clears it when it stops; a probe left null means
 * the service does not run in this process (the gateway may run alone as `ecocloud gateway`).
 */
export class ServiceHealth {
  ingest: (() => IngestHealth) | null = null;
}
