import { PassThrough } from 'node:stream';

/** Standard output and error of a command run in-process, collected as text. */
export function captureIo() {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c: Buffer) => {
    o += c.toString();
  });
  err.on('data', (c: Buffer) => {
    e += c.toString();
  });
  return { io: { stdout: out, stderr: err }, stdout: () => o, stderr: () => e };
}
