import type { AttachmentItem } from '../graphql/attachments.documents';

export type UploadResult =
  | { ok: true; attachment: AttachmentItem & { applicationId: string } }
  | { ok: false; canceled: boolean; message: string; code: string; status: number };

export interface UploadHandle {
  result: Promise<UploadResult>;
  cancel: () => void;
}

/** POST /api/applications/:id/attachments's error body. */
interface ErrorBody {
  error?: { code?: string; message?: string; field?: string | null };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function fallbackMessage(fileName: string, status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again, then upload the file again.';
  if (status === 413) return `${fileName} is larger than 10 MB, the limit for each file`;
  return `${fileName} could not be uploaded (the server answered ${status}). Try again in a moment.`;
}

/**
 * Sends one file as the raw body, as the API expects, with progress reports
 * (XMLHttpRequest, since fetch cannot report upload progress). The browser's
 * session cookie authenticates it, as it does /graphql.
 */
export function uploadFile(applicationId: string, file: File, onProgress: (fraction: number) => void): UploadHandle {
  return uploadFileTo(`/api/applications/${encodeURIComponent(applicationId)}/attachments`, file, onProgress);
}

/** The same upload to any owner's attachments endpoint (a payment line's: /api/payment-lines/:id/attachments). */
export function uploadFileTo(url: string, file: File, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const result = new Promise<UploadResult>((resolve) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body && typeof body === 'object' && 'id' in body) {
        onProgress(1);
        resolve({ ok: true, attachment: body as AttachmentItem & { applicationId: string } });
        return;
      }
      const error = (body as ErrorBody | null)?.error;
      resolve({
        ok: false,
        canceled: false,
        status: xhr.status,
        code: error?.code ?? 'UNKNOWN',
        message: error?.message ?? fallbackMessage(file.name, xhr.status),
      });
    };
    xhr.onerror = () =>
      resolve({
        ok: false,
        canceled: false,
        status: 0,
        code: 'NETWORK',
        message: `${file.name} could not be uploaded: the connection to Abate failed. Check your connection and try again.`,
      });
    xhr.onabort = () =>
      resolve({ ok: false, canceled: true, status: 0, code: 'CANCELLED', message: `Upload of ${file.name} canceled` });
    xhr.send(file);
  });
  return { result, cancel: () => xhr.abort() };
}
