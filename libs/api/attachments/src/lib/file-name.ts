import { BadUserInputException } from '@abate/api/core';

export const FILE_NAME_HEADER = 'X-File-Name';
const MAX_NAME_LENGTH = 255;
// Control characters, and the bidirectional overrides that make "report\u202Efdp.exe" look like "reportexe.pdf".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploader's file name from the X-File-Name header (URI-encoded, so any
 * Unicode name survives HTTP): without folders, control or bidi characters,
 * at most 255 characters. Only ever shown and offered on download.
 */
export function fileNameFromHeader(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw || !raw.trim())
    throw new BadUserInputException(FILE_NAME_HEADER, `Send the file name in the ${FILE_NAME_HEADER} header`);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new BadUserInputException(FILE_NAME_HEADER, `${FILE_NAME_HEADER} must be URI-encoded (encodeURIComponent)`);
  }
  const name = (decoded.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(UNSAFE_CHARACTERS, '').trim();
  if (!name || name === '.' || name === '..')
    throw new BadUserInputException(FILE_NAME_HEADER, `${FILE_NAME_HEADER} does not contain a file name`);
  return shorten(name);
}

/** The extensions each detected kind may keep; the first is the one it gets otherwise. */
const EXTENSIONS: Record<string, readonly string[]> = {
  pdf: ['.pdf'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
};

/**
 * The stored name's extension follows the content, never the uploader: a PDF named
 * "report.html" is kept as "report.html.pdf" (opened as a PDF, never as a page), and a name
 * without an extension gets one. Names already ending right are unchanged.
 */
export function nameForContent(fileName: string, kind: string): string {
  const allowed = EXTENSIONS[kind];
  if (!allowed) return fileName;
  const lower = fileName.toLowerCase();
  if (allowed.some((ext) => lower.endsWith(ext))) return fileName;
  return shorten(`${fileName}${allowed[0]}`);
}

/** Keeps the extension when cutting a long name down to 255 characters (code points, as PostgreSQL counts). */
function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 16 ? extension : [];
  return [...chars.slice(0, MAX_NAME_LENGTH - keep.length - 1), '…', ...keep].join('');
}

/**
 * `attachment` with the name twice: an ASCII fallback for old clients and the
 * exact UTF-8 name per RFC 5987/6266. Quotes, backslashes and controls never reach the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
