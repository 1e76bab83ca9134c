import net from 'node:net';
import { buildDataAck, decodeFrame, FrameReader } from '@ecocloud/hj212';

/**
 * The floor under the end-to-end figures: a TCP server that frames, decodes and acknowledges
 * every packet at once and stores nothing. Driven by the same load generator on the same
 * machine, it shows what the sockets, the loggers' round trips and the generator itself allow.
 */
export async function startNullGateway(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const reader = new FrameReader();
    socket.on('data', (chunk: Buffer) => {
      let acks = '';
      for (const ev of reader.push(chunk)) {
        if (ev.kind !== 'frame') continue;
        const frame = decodeFrame(ev.raw);
        if (frame.ok && frame.flag?.ack) acks += buildDataAck(frame);
      }
      if (acks) socket.write(acks);
    });
    socket.on('error', () => {
      /* the generator closing: nothing to keep */
    });
  });
  server.maxConnections = 100_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  // The generator destroys its sockets when it ends, so close() does not wait on idle links.
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
