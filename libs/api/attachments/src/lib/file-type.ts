/**
 * What a file is, decided by its bytes (magic numbers and, for Office files,
 * the names inside the ZIP), never by its name or the Content-Type a client sends.
 */

export const MAX_ATTACHMENT_BYTES = ATTACHMENT_MAX_BYTES;
import { ATTACHMENT_MAX_BYTES } from '@abate/shared/limits';

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx';

export interface FileType {
  kind: AttachmentKind;
  contentType: string;
  /** For messages: "a PDF", "a Word document". */
  label: string;
}

export const FILE_TYPES: Record<AttachmentKind, FileType> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf', label: 'PDF' },
  png: { kind: 'png', contentType: 'image/png', label: 'PNG image' },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg', label: 'JPEG image' },
  docx: {
    kind: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
  },
  xlsx: {
    kind: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel workbook',
  },
};

/** Either the type, or why the file is refused (a sentence that follows the file name). */
export type Detection = { type: FileType } | { refusal: string };

export const ACCEPTED_TYPES_TEXT = 'a PDF, Word, Excel, PNG or JPEG file';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
/** OLE compound file: .doc/.xls, and password-protected .docx/.xlsx. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const startsWith = (bytes: Buffer, magic: Buffer) =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

export function detectFileType(bytes: Buffer): Detection {
  if (startsWith(bytes, PDF)) return { type: FILE_TYPES.pdf };
  if (startsWith(bytes, PNG)) return { type: FILE_TYPES.png };
  if (startsWith(bytes, JPEG)) return { type: FILE_TYPES.jpeg };
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) return detectOfficeZip(zipEntryNames(bytes));
  if (startsWith(bytes, OLE)) {
    return {
      refusal:
        'is in an older Word or Excel format (.doc, .xls) or is password-protected; save it as .docx or .xlsx without a password and upload that',
    };
  }
  return { refusal: `is not ${ACCEPTED_TYPES_TEXT}` };
}

function detectOfficeZip(names: Set<string>): Detection {
  const hasContentTypes = names.has('[Content_Types].xml');
  if (hasContentTypes && names.has('word/document.xml')) {
    return names.has('word/vbaProject.bin')
      ? { refusal: 'contains macros; save it as an ordinary Word document (.docx) and upload that' }
      : { type: FILE_TYPES.docx };
  }
  if (hasContentTypes && names.has('xl/workbook.xml')) {
    return names.has('xl/vbaProject.bin')
      ? { refusal: 'contains macros; save it as an ordinary Excel workbook (.xlsx) and upload that' }
      : { type: FILE_TYPES.xlsx };
  }
  return { refusal: `is a ZIP archive, not ${ACCEPTED_TYPES_TEXT}` };
}

const MAX_ENTRIES = 20_000;

/**
 * The entry names of a ZIP: from the central directory when the end record is
 * found, plus whatever a walk over the local headers from the start finds (for
 * archives whose end is damaged or that stream their sizes after the data).
 */
export function zipEntryNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  const end = findEndOfCentralDirectory(bytes);
  if (end >= 0) {
    const count = bytes.readUInt16LE(end + 10);
    const size = bytes.readUInt32LE(end + 12);
    let p = bytes.readUInt32LE(end + 16);
    if (p + size <= end) {
      for (let i = 0; i < Math.min(count, MAX_ENTRIES) && p + 46 <= end; i++) {
        if (bytes.readUInt32LE(p) !== ZIP_CENTRAL) break;
        const nameLength = bytes.readUInt16LE(p + 28);
        const extraLength = bytes.readUInt16LE(p + 30);
        const commentLength = bytes.readUInt16LE(p + 32);
        if (p + 46 + nameLength > end) break;
        names.add(bytes.toString('utf8', p + 46, p + 46 + nameLength));
        p += 46 + nameLength + extraLength + commentLength;
      }
    }
  }
  let p = 0;
  for (let i = 0; i < MAX_ENTRIES && p + 30 <= bytes.length && bytes.readUInt32LE(p) === ZIP_LOCAL; i++) {
    const flags = bytes.readUInt16LE(p + 6);
    const compressedSize = bytes.readUInt32LE(p + 18);
    const nameLength = bytes.readUInt16LE(p + 26);
    const extraLength = bytes.readUInt16LE(p + 28);
    if (p + 30 + nameLength > bytes.length) break;
    names.add(bytes.toString('utf8', p + 30, p + 30 + nameLength));
    // Bit 3: sizes follow the data, so the next header cannot be found from here.
    if (flags & 0x08) break;
    p += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** Offset of the end-of-central-directory record (it sits within the last 22 + 65,535 bytes), or -1. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (bytes.readUInt32LE(p) === ZIP_END) return p;
  }
  return -1;
}
