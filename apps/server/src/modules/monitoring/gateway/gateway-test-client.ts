import net from 'node:net';
import { decodeFrame, FrameReader, type DecodedFrame } from '@ecocloud/hj212';

/** A raw TCP client for gateway tests: sends bytes, collects decoded replies. */
export type TestClient = {
  socket: net.Socket;
  replies: DecodedFrame[];
  send(text: string | Buffer): void;
  /** waits until at least n replies have arrived (or fails after timeoutMs) */
  waitForReplies(n: number, timeoutMs?: number): Promise<DecodedFrame[]>;
  close(): Promise<void>;
};

/** localAddress: another loopback address (127.0.0.2 …) stands for a second client host. */
export async function connectClient(port: number, options: { localAddress?: string } = {}): Promise<TestClient> {
  const socket = net.connect({ port, host: '127.0.0.1', ...options });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const reader = new FrameReader();
  const replies: DecodedFrame[] = [];
  socket.on('data', (chunk: Buffer) => {
    for (const ev of reader.push(chunk)) if (ev.kind === 'frame') replies.push(decodeFrame(ev.raw));
  });
  return {
    socket,
    replies,
    send: (text) => {
      socket.write(text);
    },
    waitForReplies: async (n, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      while (replies.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} replies, got ${replies.length}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return replies;
    },
    close: () =>
      new Promise<void>((resolve) => {
        socket.end(() => resolve());
        socket.destroy();
        resolve();
      }),
  };
}

/** Polls fn until it returns a truthy value (database effects that follow a reply asynchronously). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}
