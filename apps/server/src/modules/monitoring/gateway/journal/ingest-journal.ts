import type { IngestBatch } from '../batch-store';

/**
 * The gateway's durable queue between acknowledgement and storage (docs/adr/0006). `append`
 * resolves once the batch is committed, so the packets in it may be acknowledged; `applyOnce`
 * moves the oldest pending entries, many at a time, through the one write path into
 * observations, the packet archive and the device registry, exactly once.
 */
export interface IngestJournal {
  append(batch: IngestBatch): Promise<void>;
  /** Applies up to about `maxRows` rows of the oldest entries in one transaction; returns the rows applied (0: none pending). */
  applyOnce(maxRows: number): Promise<number>;
  /** Rows pending when the journal was opened (left by a stop or a crash). */
  pendingRowsAtOpen(): Promise<number>;
  close(): Promise<void>;
}
