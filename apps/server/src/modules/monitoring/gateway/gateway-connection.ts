import type { QuarantineReasonCode } from '@ecocloud/contracts';
import type { Socket } from 'node:net';
import { decodeFrame, FrameReader, type FrameEvent } from '@ecocloud/hj212';
import { handleFrame, type FrameContext, type FrameOutcome } from './frame-handler';
import type { IngestBatcher } from './ingest-batcher';
import { OrderedReplies } from './ordered-replies';
import type { GatewayLog } from './gateway-log';
import type { QuarantineGate } from './quarantine-gate';

export type GatewayStats = {
  connections: number;
  frames: number;
  readings: number;
  acks: number;
  quarantined: number;
  paused: number;
  /** connections refused over the per-address cap, and closed for sending no authenticated frame in time */
  refused: number;
  noFirstFrame: number;
  /** connections closed for sending more than maxRejectedBytes of rejected input before an authenticated frame */
  junkClosed: number;
  /** split parts evicted into quarantine because their logger held too many */
  splitEvicted: number;
  /** connections refused because their address kept sending only junk (cool-down) */
  cooledDown: number;
  /** connections that had not logged in, closed to make room under the connection cap */
  evicted: number;
};

export type ConnectionDeps = FrameContext & {
  batcher: IngestBatcher;
  quarantine: QuarantineGate;
  log: GatewayLog;
  stats: GatewayStats;
  maxFrameBytes: number;
  /** frames of this connection awaiting storage above which its socket is paused */
  maxPendingFrames: number;
  /** a connection that has sent no authenticated frame this long after connecting is closed (0 = never) */
  firstFrameMs: number;
  /** rejected bytes (junk, failed frames) a connection may send before its first authenticated frame; more closes it */
  maxRejectedBytes: number;
  /** told when a connection is closed for junk (the server cools its address down) */
  onJunkClosed?: (address: string) => void;
};

let connectionSeq = 0;

/** `##`, length, `CP=&&&&`, CRC, CRLF: a frame shorter than this has no room for an MN, so it can never be accepted. */
const MIN_FRAME_WITH_MN = 20;
/** `##`, length, CRC, CRLF: shorter is too short to decode at all (the decoder's HJ212_BAD_LENGTH) */
const FRAME_OVERHEAD = 12;

/**
 * One logger's TCP connection: frames the byte stream, judges each frame in arrival order, and
 * writes replies in that order once each is due (acks only after the commit). Backpressure: the
 * socket stops being read while too many of its frames await storage, or while the gateway as a
 * whole has too many rows in flight, so memory stays bounded whatever the database's speed.
 */
export class GatewayConnection {
  readonly remote: string;
  readonly address: string;
  /** resolves once the socket closed and everything it sent was judged and its quarantine runs ended */
  readonly finished: Promise<void>;
  /** gathers this connection's junk into quarantine runs */
  private readonly runKey = `connection ${++connectionSeq}`;
  private rejectedBytes = 0;
  private readonly reader: FrameReader;
  private readonly replies: OrderedReplies;
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private isPaused = false;
  private stopDrainListener: (() => void) | null = null;
  /** set by the first frame that passed authentication (stored or held as a split part) */
  private authenticated = false;
  private firstFrameTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly socket: Socket,
    private readonly deps: ConnectionDeps,
  ) {
    this.address = socket.remoteAddress ?? '?';
    this.remote = `${this.address}:${socket.remotePort ?? '?'}`;
    let finish!: () => void;
    this.finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    this.reader = new FrameReader({ maxFrameBytes: deps.maxFrameBytes });
    this.replies = new OrderedReplies((text) => {
      if (!socket.destroyed) socket.write(text);
    });
    socket.on('data', (chunk: Buffer) => {
      for (const ev of this.reader.push(chunk)) if (!this.countJunk(ev)) this.enqueue(ev);
    });
    // Bytes left over when the link ends (a frame cut off mid-way) are junk like any other.
    socket.on('close', () => {
      if (this.firstFrameTimer) clearTimeout(this.firstFrameTimer);
      for (const ev of this.reader.end()) this.enqueue(ev);
      this.stopDrainListener?.();
      void this.tail.then(() => {
        deps.quarantine.endRuns(this.runKey);
        finish();
      });
    });
    if (deps.firstFrameMs > 0) this.armFirstFrameDeadline(deps.firstFrameMs);
    socket.on('error', () => {
      /* reset by peer: 'close' follows */
    });
  }

  /** true once a frame passed authentication (registered MN, right PW) */
  get isAuthenticated(): boolean {
    return this.authenticated;
  }

  /** Resolves when every frame received so far has been judged (not necessarily committed). */
  idle(): Promise<void> {
    return this.tail;
  }

  private enqueue(ev: FrameEvent): void {
    const settle = this.replies.reserve();
    this.deps.stats.frames++;
    this.pending++;
    this.applyBackpressure();
    this.tail = this.tail
      .then(() => this.judge(ev, settle))
      .catch((err: unknown) => {
        this.deps.log.error({ err, remote: this.remote }, 'HJ 212 frame handling failed');
        settle(null);
        this.done();
      });
  }

  /**
   * An address could otherwise hold connections without ever logging in (idle or byte-at-a-time)
   * until the idle timeout. A connection whose frames are still queued here, or which is paused
   * by backpressure, is given more time: the delay is ours, not the sender's.
   */
  private armFirstFrameDeadline(ms: number): void {
    this.firstFrameTimer = setTimeout(() => {
      this.firstFrameTimer = null;
      if (this.authenticated || this.socket.destroyed) return;
      if (this.pending > 0 || this.isPaused) return this.armFirstFrameDeadline(Math.min(ms, 1000));
      this.deps.stats.noFirstFrame++;
      this.socket.destroy();
    }, ms);
    this.firstFrameTimer.unref();
  }

  private async judge(ev: FrameEvent, settle: (reply: string | null) => void): Promise<void> {
    const outcome: FrameOutcome =
      ev.kind === 'junk'
        ? {
            kind: 'quarantine',
            mn: null,
            reasonCode: ev.reason,
            reason: `bytes outside a valid frame (${ev.reason})`,
            reply: null,
          }
        : await handleFrame(ev.raw, this.remote, this.deps);
    if (outcome.kind !== 'quarantine') {
      this.deps.quarantine.endRuns(this.runKey); // a valid frame ends a run of junk
      this.authenticated = true;
    }
    if (outcome.kind === 'held') {
      settle(null);
      this.done();
    } else if (outcome.kind === 'quarantine') {
      // Kept before answering (the reply tells the logger its packet was judged, not lost), unless
      // it was only counted into a row already written. Junk (no MN) is gathered into runs.
      const item = {
        remote: this.remote,
        mn: outcome.mn,
        reasonCode: outcome.reasonCode,
        reason: outcome.reason,
        raw: outcome.raw ?? ev.raw,
      };
      const written = this.deps.quarantine.submit(item, this.address, outcome.mn === null ? this.runKey : null);
      if (written) await written;
      this.deps.stats.quarantined++;
      if (!this.authenticated) this.noteRejected(ev.raw.length);
      settle(outcome.reply);
      this.done();
    } else {
      this.deps.batcher.add({
        readings: outcome.readings,
        packets: outcome.packets,
        deviceId: outcome.deviceId,
        settle: (error) => {
          if (error)
            this.deps.log.error(
              { err: error, remote: this.remote },
              'HJ 212 batch commit failed; packets not acknowledged',
            );
          else {
            this.deps.stats.readings += outcome.readings.length;
            this.deps.stats.acks += outcome.acks.length;
          }
          settle(error ? null : outcome.acks.join(''));
          this.done();
        },
      });
    }
  }

  /**
   * Junk needs no reply and no judgement in order, so it skips the queue: the framer's junk and
   * frames too short to hold an MN are counted at once (no promise per input). 1 MiB of `##\r\n`
   * is 262,144 such inputs; through the queue they cost seconds of CPU and the good loggers' acks.
   */
  private countJunk(ev: FrameEvent): boolean {
    let reasonCode: QuarantineReasonCode = ev.kind === 'junk' ? ev.reason : 'HJ212_INVALID';
    let reason = `bytes outside a valid frame (${reasonCode})`;
    if (ev.kind === 'frame' && ev.raw.length < FRAME_OVERHEAD) {
      reasonCode = 'HJ212_BAD_LENGTH';
      reason = `frame shorter than ${FRAME_OVERHEAD} bytes`; // as the decoder would say, without decoding
    } else if (ev.kind === 'frame') {
      if (ev.raw.length >= MIN_FRAME_WITH_MN) return false;
      const frame = decodeFrame(ev.raw);
      if (frame.ok || frame.mn !== null) return false;
      reasonCode = frame.error?.code ?? 'HJ212_INVALID';
      reason = frame.error?.message ?? 'invalid frame';
    }
    this.deps.stats.frames++;
    this.deps.stats.quarantined++;
    void this.deps.quarantine.submit(
      { remote: this.remote, mn: null, reasonCode, reason, raw: ev.raw },
      this.address,
      this.runKey,
    );
    if (!this.authenticated) this.noteRejected(ev.raw.length);
    return true;
  }

  /** A connection that has only ever sent rejected input is closed past a threshold. */
  private noteRejected(bytes: number): void {
    this.rejectedBytes += bytes;
    if (this.rejectedBytes > this.deps.maxRejectedBytes && !this.socket.destroyed) {
      this.deps.stats.junkClosed++;
      this.deps.log.info(
        { remote: this.remote, bytes: this.rejectedBytes },
        'HJ 212 connection closed: only rejected input',
      );
      this.socket.destroy();
      this.deps.onJunkClosed?.(this.address);
    }
  }

  private done(): void {
    this.pending--;
    this.applyBackpressure();
  }

  private applyBackpressure(): void {
    const overLocal = this.pending >= this.deps.maxPendingFrames;
    const overGlobal = this.deps.batcher.isSaturated;
    if (!this.isPaused && (overLocal || overGlobal)) {
      this.isPaused = true;
      this.deps.stats.paused++;
      this.socket.pause();
      if (overGlobal && !this.stopDrainListener)
        this.stopDrainListener = this.deps.batcher.onDrain(() => this.applyBackpressure());
    } else if (this.isPaused && this.pending < this.deps.maxPendingFrames / 2 && !overGlobal) {
      this.isPaused = false;
      this.stopDrainListener?.();
      this.stopDrainListener = null;
      this.socket.resume();
    }
  }
}
