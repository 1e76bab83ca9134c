/** A chosen file as the API takes documents: name, type and the bytes in base64 (JSON body, no multipart). */
export type DocumentPayload = { filename: string; contentType: string; contentBase64: string };

export async function toDocumentPayload(file: File): Promise<DocumentPayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode takes arguments: a large file must go in slices
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return {
    filename: file.name,
    contentType: file.type || 'application/octet-stream',
    contentBase64: btoa(binary),
  };
}
