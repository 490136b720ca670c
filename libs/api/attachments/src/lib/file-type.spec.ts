import { deflateRawSync } from 'node:zlib';
import { sampleDocx, sampleJpeg, samplePdf, samplePng, sampleXlsx, zipStored } from '../testing';
import { detectFileType, zipEntryNames } from './file-type';

const kind = (bytes: Buffer) => {
  const detected = detectFileType(bytes);
  return 'type' in detected ? detected.type.kind : detected.refusal;
};

describe('detectFileType', () => {
  it('knows the five accepted types by their bytes', () => {
    expect([samplePdf(), samplePng(), sampleJpeg(), sampleDocx(), sampleXlsx()].map(kind)).toEqual([
      'pdf',
      'png',
      'jpeg',
      'docx',
      'xlsx',
    ]);
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['a PDF signature too short', Buffer.from('%PDF')],
    ['text', Buffer.from('hello')],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a Windows executable', Buffer.from('MZ\x90\x00', 'latin1')],
    ['a PDF signature not at the start', Buffer.from(' %PDF-1.7')],
  ])('refuses %s', (_, bytes) => {
    expect(kind(bytes)).toBe('is not a PDF, Word, Excel, PNG or JPEG file');
  });

  it('needs the Office entries, not just a ZIP', () => {
    expect(kind(zipStored([['word/document.xml', '<w:document/>']]))).toMatch(/^is a ZIP archive/);
    expect(
      kind(
        zipStored([
          ['[Content_Types].xml', '<Types/>'],
          ['xl/workbook.xml', '<workbook/>'],
          ['xl/vbaProject.bin', ''],
        ]),
      ),
    ).toMatch(/^contains macros; .*\.xlsx/);
  });

  it('refuses the old binary Office format with advice', () => {
    expect(kind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(
      /older Word or Excel format/,
    );
  });
});

describe('zipEntryNames', () => {
  it('reads the central directory, also behind an archive comment', () => {
    const zip = zipStored([
      ['[Content_Types].xml', 'x'],
      ['word/document.xml', 'y'],
    ]);
    const withComment = Buffer.concat([zip, Buffer.from('a comment')]);
    withComment.writeUInt16LE(9, zip.length - 2);
    expect([...zipEntryNames(withComment)]).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });

  it('falls back to the local headers when the end of the archive is missing', () => {
    const zip = sampleDocx();
    const truncated = zip.subarray(0, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(zipEntryNames(truncated)).toEqual(new Set(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
  });

  it('copes with compressed entries and with garbage', () => {
    const zip = zipStored([
      ['[Content_Types].xml', deflateRawSync('x')],
      ['xl/workbook.xml', 'y'],
    ]);
    expect(zipEntryNames(zip).has('xl/workbook.xml')).toBe(true);
    const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 0xff)]);
    expect(() => zipEntryNames(garbage)).not.toThrow();
    expect(kind(garbage)).toMatch(/^is a ZIP archive/);
  });
});
