import { describe, expect, it } from 'vitest';
import { centsToDollarInput, parseDollars } from './money';

describe('parseDollars', () => {
  it('reads dollars as people type them, to whole cents', () => {
    expect(parseDollars('50000')).toEqual({ ok: true, cents: 5_000_000n });
    expect(parseDollars(' $50,000.50 ')).toEqual({ ok: true, cents: 5_000_050n });
    expect(parseDollars('0.07')).toEqual({ ok: true, cents: 7n });
    expect(parseDollars('.5')).toEqual({ ok: true, cents: 50n });
    expect(parseDollars('19.99')).toEqual({ ok: true, cents: 1_999n });
  });

  it('treats blank as no amount', () => {
    expect(parseDollars('   ')).toEqual({ ok: true, cents: null });
  });

  it('refuses what is not an amount', () => {
    expect(parseDollars('abc').ok).toBe(false);
    expect(parseDollars('1.234').ok).toBe(false);
    expect(parseDollars('-5').ok).toBe(false);
    expect(parseDollars('.').ok).toBe(false);
    expect(parseDollars('99999999999999999999').ok).toBe(false);
    expect(parseDollars('40,000,000.00')).toEqual({ ok: true, cents: 4_000_000_000n }); // past the old 32-bit limit
  });
});

describe('centsToDollarInput', () => {
  it('writes cents back as an editable amount', () => {
    expect(centsToDollarInput('5000000')).toBe('50000');
    expect(centsToDollarInput(5_000_050n)).toBe('50000.50');
    expect(centsToDollarInput(7n)).toBe('0.07');
    expect(centsToDollarInput(null)).toBe('');
  });
});
