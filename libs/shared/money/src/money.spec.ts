import {
  centsToDecimal,
  centsToDollarsInput,
  formatCents,
  MAX_CENTS,
  MIN_CENTS,
  parseCents,
  parseDollars,
  readDollars,
  splitCents,
  sumCents,
} from './index';

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const bigintBelow = (next: () => number, digits: number) =>
  BigInt(Array.from({ length: digits }, () => Math.floor(next() * 10)).join('') || '0');

describe('parseCents', () => {
  it('takes bigints, decimal-integer strings and safe integers', () => {
    expect(parseCents(0)).toBe(0n);
    expect(parseCents(2_500_000_000)).toBe(2_500_000_000n);
    expect(parseCents('4000000000')).toBe(4_000_000_000n);
    expect(parseCents('-500')).toBe(-500n);
    expect(parseCents(-500)).toBe(-500n);
    expect(parseCents(12n)).toBe(12n);
    expect(parseCents(Number.MAX_SAFE_INTEGER)).toBe(9_007_199_254_740_991n);
  });

  it('keeps values beyond 2^53 exact as strings and bigints', () => {
    expect(parseCents('9007199254740993')).toBe(2n ** 53n + 1n); // as a number this would round to 2^53
    expect(parseCents('9223372036854775807')).toBe(MAX_CENTS);
    expect(parseCents('-9223372036854775808')).toBe(MIN_CENTS);
    expect(parseCents(MAX_CENTS)).toBe(MAX_CENTS);
  });

  it.each([
    ['a fraction', 1.5],
    ['2^53 as a number (not safe)', 2 ** 53],
    ['1e308', 1e308],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a decimal string', '12.50'],
    ['an exponent string', '1e5'],
    ['a leading space', ' 12'],
    ['a trailing space', '12 '],
    ['an empty string', ''],
    ['a plus sign', '+12'],
    ['leading zeros', '0012'],
    ['minus zero', '-0'],
    ['dollars', '$12'],
    ['commas', '1,000'],
    ['hex', '0x10'],
    ['20 digits', '12345678901234567890'],
    ['beyond bigint', '9223372036854775808'],
    ['below bigint', '-9223372036854775809'],
    ['a huge string', '9'.repeat(1000)],
    ['beyond bigint as a bigint', MAX_CENTS + 1n],
  ])('refuses %s', (_label, value) => {
    expect(() => parseCents(value as string | number | bigint)).toThrow(RangeError);
  });
});

describe('parseDollars', () => {
  it.each([
    ['$1,234.56', 123_456n],
    ['1234.56', 123_456n],
    ['1234.5', 123_450n],
    ['1234.', 123_400n],
    ['1234', 123_400n],
    ['1,000', 100_000n],
    ['1,000,000.01', 100_000_001n],
    ['.25', 25n],
    ['0', 0n],
    ['0.07', 7n],
    ['  $ 12.00  ', 1_200n],
    ['-$5.00', -500n],
    ['$-5', -500n],
    ['- $5', -500n],
    ['$40,000,000.00', 4_000_000_000n],
    ['21474836.48', 2_147_483_648n], // one cent past what PostgreSQL integer held
    ['92233720368547758.07', MAX_CENTS],
    ['90071992547409.93', 2n ** 53n + 1n], // beyond what a float holds exactly
  ])('reads %s', (text, cents) => {
    expect(parseDollars(text)).toBe(cents);
  });

  it.each([
    '',
    ' ',
    '$',
    '.',
    '-',
    '1.234',
    '1.2.3',
    '12,34',
    '1,0000',
    ',100',
    '1e5',
    'abc',
    '$1,234.56 USD',
    '--5',
    '-$-5',
    '+5',
    '92233720368547758.08',
    '9'.repeat(100),
    '12 34',
    'NaN',
    'Infinity',
  ])('refuses %j', (text) => {
    expect(parseDollars(text)).toBeNull();
  });

  it('round-trips every formatted amount', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const cents = (next() < 0.5 ? -1n : 1n) * bigintBelow(next, 1 + Math.floor(next() * 18));
      expect(parseDollars(formatCents(cents))).toBe(cents);
      expect(parseDollars(centsToDecimal(cents))).toBe(cents);
    }
  });
});

describe('formatCents', () => {
  it.each([
    [0n, '$0.00'],
    [5n, '$0.05'],
    [123_456n, '$1,234.56'],
    [-500n, '-$5.00'],
    [-5n, '-$0.05'],
    [100_000_000n, '$1,000,000.00'],
    [4_000_000_000n, '$40,000,000.00'],
    [MAX_CENTS, '$92,233,720,368,547,758.07'],
    [MIN_CENTS, '-$92,233,720,368,547,758.08'],
    ['2500000000', '$25,000,000.00'],
    ['-2147483648', '-$21,474,836.48'],
    [99, '$0.99'],
  ])('formats %p as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('writes the plain decimal for cells and inputs', () => {
    expect(centsToDecimal(123_456n)).toBe('1234.56');
    expect(centsToDecimal(-5n)).toBe('-0.05');
    expect(formatCents(123_456_789n, { currency: false })).toBe('1,234,567.89');
    expect(formatCents(123_456_789n, { grouping: false })).toBe('$1234567.89');
  });

  it('refuses what is not cents', () => {
    expect(() => formatCents('12.5')).toThrow(RangeError);
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
});

describe('sumCents', () => {
  it('adds exactly, past 2^53', () => {
    expect(sumCents([])).toBe(0n);
    expect(sumCents([2n ** 53n, 1n, 1n])).toBe(2n ** 53n + 2n); // in floating point, 2^53 + 1 + 1 stays 2^53
    expect(sumCents([1_500_000_000n, 1_500_000_000n])).toBe(3_000_000_000n); // two $15M lines overflowed integer
    expect(sumCents(new Set([5n, -5n, 7n]))).toBe(7n);
  });
});

describe('splitCents', () => {
  it('splits by largest remainder, ties to the earlier index', () => {
    expect(splitCents(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(splitCents(101n, [1n, 1n, 1n])).toEqual([34n, 34n, 33n]);
    expect(splitCents(10n, [3n, 3n, 4n])).toEqual([3n, 3n, 4n]);
    expect(splitCents(1n, [1n, 1n])).toEqual([1n, 0n]);
    expect(splitCents(1n, [1n, 2n])).toEqual([0n, 1n]); // remainders 1/3 and 2/3: the larger wins
    expect(splitCents(0n, [1n, 2n])).toEqual([0n, 0n]);
    expect(splitCents(7n, [0n, 1n, 0n])).toEqual([0n, 7n, 0n]);
    expect(splitCents(5n, [1n])).toEqual([5n]);
  });

  it('mirrors a negative total', () => {
    expect(splitCents(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(sumCents(splitCents(-100n, [1n, 1n, 1n]))).toBe(-100n);
  });

  it('splits billions exactly', () => {
    const parts = splitCents(MAX_CENTS, [1n, 1n, 1n]);
    expect(sumCents(parts)).toBe(MAX_CENTS);
    expect(parts).toEqual([3_074_457_345_618_258_603n, 3_074_457_345_618_258_602n, 3_074_457_345_618_258_602n]);
  });

  it('refuses weights that say nothing', () => {
    expect(() => splitCents(10n, [])).toThrow(RangeError);
    expect(() => splitCents(10n, [0n, 0n])).toThrow(RangeError);
    expect(() => splitCents(10n, [1n, -1n])).toThrow(RangeError);
  });

  it('for random totals and weights: parts add up, each within a cent of its share, zero weight gets nothing, same answer twice', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const total = (next() < 0.2 ? -1n : 1n) * bigintBelow(next, Math.floor(next() * 19));
      const weights = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        next() < 0.2 ? 0n : bigintBelow(next, 1 + Math.floor(next() * 15)),
      );
      if (sumCents(weights) === 0n) weights[0] = 1n;
      const parts = splitCents(total, weights);
      const context = `seed ${seed}: ${total} by [${weights.join(', ')}] -> [${parts.join(', ')}]`;
      expect({ context, sum: sumCents(parts) }).toEqual({ context, sum: total });
      expect(splitCents(total, [...weights])).toEqual(parts);
      const weightSum = sumCents(weights);
      weights.forEach((weight, i) => {
        const exactTimesSum = total * weight; // part * weightSum must lie within weightSum of the exact share
        const gap = parts[i] * weightSum - exactTimesSum;
        expect({ context, i, within: gap > -weightSum && gap < weightSum }).toEqual({ context, i, within: true });
        if (weight === 0n) expect({ context, i, part: parts[i] }).toEqual({ context, i, part: 0n });
      });
    }
  });

  it('is monotonic in the weights for one total: a larger weight never gets less', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed * 31);
      const total = bigintBelow(next, 1 + Math.floor(next() * 12));
      const weights = Array.from(
        { length: 2 + Math.floor(next() * 8) },
        () => 1n + bigintBelow(next, 1 + Math.floor(next() * 6)),
      );
      const parts = splitCents(total, weights);
      for (let i = 0; i < weights.length; i++)
        for (let j = 0; j < weights.length; j++) if (weights[i] > weights[j]) expect(parts[i] >= parts[j]).toBe(true);
    }
  });
});

describe('readDollars and centsToDollarsInput (form fields)', () => {
  it('reads blank, amounts and mistakes with a message', () => {
    expect(readDollars('  ')).toEqual({ kind: 'blank' });
    expect(readDollars('$40,000,000.00')).toEqual({ kind: 'ok', cents: 4_000_000_000n });
    expect(readDollars('1.234')).toEqual({
      kind: 'invalid',
      message: 'Enter dollars and cents, with no more than 2 digits after the decimal point',
    });
    expect(readDollars('abc')).toMatchObject({ kind: 'invalid' });
    expect(readDollars('99999999999999999999')).toEqual({ kind: 'invalid', message: 'That amount is too large' });
    expect(readDollars('-5')).toEqual({ kind: 'invalid', message: 'Enter an amount of $0 or more' });
    expect(readDollars('-5', { allowNegative: true })).toEqual({ kind: 'ok', cents: -500n });
  });

  it('writes what an input starts with', () => {
    expect(centsToDollarsInput(null)).toBe('');
    expect(centsToDollarsInput('4000000000')).toBe('40000000');
    expect(centsToDollarsInput(4_000_000_050n)).toBe('40000000.50');
    expect(centsToDollarsInput(250_000_000n, { grouping: true })).toBe('2,500,000');
    expect(readDollars(centsToDollarsInput(2n ** 53n + 1n))).toEqual({ kind: 'ok', cents: 2n ** 53n + 1n });
  });
});
