import { ApiError, buildUrl, getCsrfToken, toApiError, type QueryValue } from '../../lib/http';

function parse(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * POSTs `file` as multipart field `file`, like `http()` does (session cookie, CSRF header,
 * ApiError on failure), but over XMLHttpRequest: fetch cannot report upload progress, and
 * a large monitoring file takes long enough on a county bureau's line that people need to see it.
 * `onProgress` receives whole percentages 0–100 of the bytes sent.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  query: Record<string, QueryValue>,
  onProgress?: (percent: number) => void,
): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, query));
    xhr.withCredentials = false; // same-origin requests carry the cookie anyway
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.floor((event.loaded * 100) / event.total));
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100);
        resolve(body as T);
      } else {
        reject(toApiError(xhr.status, body, xhr.statusText));
      }
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'upload failed' }));
    xhr.send(form);
  });
}
