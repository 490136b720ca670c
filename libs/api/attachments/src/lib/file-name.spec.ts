import { DomainException } from '@abate/api/core';
import { contentDisposition, fileNameFromHeader, nameForContent } from './file-name';

describe('fileNameFromHeader', () => {
  it.each([
    [encodeURIComponent('Budget – año 2026.xlsx'), 'Budget – año 2026.xlsx'],
    [encodeURIComponent('C:\\Users\\me\\Desktop\\letter.docx'), 'letter.docx'],
    [encodeURIComponent('../../etc/passwd'), 'passwd'],
    [encodeURIComponent('  spaced.pdf  '), 'spaced.pdf'],
    [encodeURIComponent('evil\u202Egpj.exe'), 'evilgpj.exe'],
    [encodeURIComponent('line\r\nbreak.pdf'), 'linebreak.pdf'],
    ['plain.pdf', 'plain.pdf'],
  ])('%s -> %s', (header, name) => {
    expect(fileNameFromHeader(header)).toBe(name);
  });

  it('shortens long names to 255 characters, keeping the extension', () => {
    const name = fileNameFromHeader(encodeURIComponent(`${'é'.repeat(300)}.pdf`));
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('….pdf')).toBe(true);
  });

  it.each([undefined, '', '   ', '%E0%A4%A', encodeURIComponent('folder/'), '..'])(
    'refuses %j naming the header',
    (header) => {
      expect(() => fileNameFromHeader(header)).toThrow(DomainException);
      try {
        fileNameFromHeader(header);
      } catch (error) {
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-File-Name' });
      }
    },
  );
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Año "final" 100%.pdf')).toBe(
      `attachment; filename="A_o _final_ 100_.pdf"; filename*=UTF-8''A%C3%B1o%20%22final%22%20100%25.pdf`,
    );
    expect(contentDisposition("it's (v2)*.pdf")).toBe(
      `attachment; filename="it's (v2)*.pdf"; filename*=UTF-8''it%27s%20%28v2%29%2A.pdf`,
    );
  });
});

describe('nameForContent', () => {
  it('gives the content’s extension to a name that claims another (a PDF named .html)', () => {
    expect(nameForContent('report.html', 'pdf')).toBe('report.html.pdf');
    expect(nameForContent('notes', 'docx')).toBe('notes.docx');
    expect(nameForContent('Budget.XLSX', 'xlsx')).toBe('Budget.XLSX');
    expect(nameForContent('photo.jpeg', 'jpeg')).toBe('photo.jpeg');
    expect(nameForContent('photo.svg', 'png')).toBe('photo.svg.png');
    expect(Array.from(nameForContent(`${'x'.repeat(300)}.html`, 'pdf')).length).toBeLessThanOrEqual(255);
    expect(nameForContent(`${'x'.repeat(300)}.html`, 'pdf').endsWith('.pdf')).toBe(true);
  });
});
