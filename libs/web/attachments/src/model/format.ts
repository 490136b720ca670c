import { ATTACHMENT_MAX_BYTES } from '@abate/shared/limits';

/** The server's limit for each file (@abate/shared/limits, which the API checks too). */
export const MAX_FILE_BYTES = ATTACHMENT_MAX_BYTES;

/** For the file picker: the extensions and types the server accepts (it checks the content itself). */
export const ACCEPT =
  '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
};

export function typeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}

/** "850 bytes", "12 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The same refusals the server gives, without sending the file (it would say so too). */
export function localRefusal(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty (0 bytes); choose the file again, or another file with content`;
  if (file.size > MAX_FILE_BYTES)
    return `${file.name} is larger than 10 MB, the limit for each file; make it smaller or split it, and upload it again`;
  return null;
}
