import { describe, expect, it } from 'vitest';
import { centsToDollarInput, parseDollars } from './money';

describe('parseDollars', () => {
  it('reads dollars as people type them, to whole cents', () => {
    expect(parseDollars('50000')).toEqual({ ok: true, cents: 5_000_000 });
    expect(parseDollars(' $50,000.50 ')).toEqual({ ok: true, cents: 5_000_050 });
    expect(parseDollars('0.07')).toEqual({ ok: true, cents: 7 });
    expect(parseDollars('.5')).toEqual({ ok: true, cents: 50 });
    expect(parseDollars('19.99')).toEqual({ ok: true, cents: 1_999 });
  });

  it('treats blank as no amount', () => {
    expect(parseDollars('   ')).toEqual({ ok: true, cents: null });
  });

  it('refuses what is not an amount', () => {
    expect(parseDollars('abc').ok).toBe(false);
    expect(parseDollars('1.234').ok).toBe(false);
    expect(parseDollars('-5').ok).toBe(false);
    expect(parseDollars('.').ok).toBe(false);
    expect(parseDollars('99999999999').ok).toBe(false);
  });
});

describe('centsToDollarInput', () => {
  it('writes cents back as an editable amount', () => {
    expect(centsToDollarInput(5_000_000)).toBe('50000');
    expect(centsToDollarInput(5_000_050)).toBe('50000.50');
    expect(centsToDollarInput(7)).toBe('0.07');
    expect(centsToDollarInput(null)).toBe('');
  });
});
