/** RFC 5987 attr-char: what may stand unencoded in `filename*` (encodeURIComponent also leaves ' ( ) * ! alone). */
const encodeAttr = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition for a download whose name may be Chinese: an ASCII `filename` for old clients
 * (anything outside letters, digits, dot, dash and underscore becomes `_`, so no quote, backslash or
 * line break reaches the header) and the exact name as RFC 5987 `filename*=UTF-8''…` (RFC 6266 §4.3).
 */
export function attachmentDisposition(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ''];
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  const ascii =
    (safe(stem)
      .replace(/^[_.]+|_+$/g, '')
      .replace(/_+(?=-)/g, '') || 'download') + safe(ext);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeAttr(filename)}`;
}
