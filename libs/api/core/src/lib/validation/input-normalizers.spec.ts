import { csvSafeCell, headerSafe, isCalendarDate, isHttpUrl, isSingleLine } from './input-normalizers';

describe('input normalizers', () => {
  it('single-line text refuses CR, LF, tab, NUL, DEL, C1 controls and the Unicode line separators', () => {
    expect(isSingleLine('Buncombe County, NC – année 2026')).toBe(true);
    for (const bad of [
      'a\r\nBcc: x@evil.test',
      'a\nb',
      'a\rb',
      'a\tb',
      'a\u0000b',
      'a\u007fb',
      'a\u0085b',
      'a\u2028b',
      'a\u2029b',
    ])
      expect(isSingleLine(bad)).toBe(false);
    expect(isSingleLine(5)).toBe(false);
  });

  it('mail headers never carry a line break', () => {
    expect(headerSafe('Report due\r\nBcc: all@evil.test')).toBe('Report due Bcc: all@evil.test');
    expect(headerSafe('a\u2028b\u0000c')).toBe('a b c');
  });

  it('published links are http or https only', () => {
    expect(isHttpUrl('https://www.naccho.org/x?y=1')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      '//evil.test/x',
      'vbscript:x',
      'https://',
      'https://a.test/\nx',
      ' https://a.test',
    ]) {
      expect([bad, isHttpUrl(bad)]).toEqual([bad, false]);
    }
  });

  it('CSV cells: formulas become text, and separators of every locale (comma, semicolon, tab) are quoted', () => {
    expect(csvSafeCell('=HYPERLINK("http://evil.test")')).toBe(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(csvSafeCell('+1')).toBe("'+1");
    expect(csvSafeCell('-1+2')).toBe("'-1+2");
    expect(csvSafeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvSafeCell('  =1+1')).toBe("'  =1+1");
    expect(csvSafeCell('\uff1d1+1')).toBe("'\uff1d1+1");
    expect(csvSafeCell('a;=cmd|calc')).toBe('"a;=cmd|calc"');
    expect(csvSafeCell('a\tb')).toBe('"a\tb"');
    expect(csvSafeCell('line\rbreak')).toBe('"line\rbreak"');
    expect(csvSafeCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvSafeCell('Wake County')).toBe('Wake County');
  });

  it('calendar dates are real days between years 1 and 9999', () => {
    for (const good of ['2027-01-31', '2028-02-29', '0001-01-01', '9999-12-31'])
      expect(isCalendarDate(good)).toBe(true);
    for (const bad of [
      '0000-01-01',
      '10000-01-01',
      '2027-02-29',
      '2027-13-01',
      '2027-00-10',
      '-infinity',
      'infinity',
      '2027-1-1',
    ])
      expect([bad, isCalendarDate(bad)]).toEqual([bad, false]);
  });
});
