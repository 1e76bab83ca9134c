/** The server's limit per evidence file, after base64 decoding. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** Today's date in Beijing (Asia/Shanghai, UTC+8, no daylight saving) as YYYY-MM-DD. */
export function shanghaiToday(now: number = Date.now()): string {
  return new Date(now + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Reads a file as bare base64 (without the data-URL prefix) for the JSON evidence body. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
