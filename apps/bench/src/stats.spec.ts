import { percentile, round2, summarize } from './stats';
import { benchToken, Random, tokenHash } from './random';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(round2(1.23456)).toBe(1.23);
    expect(round2(Number.NaN)).toBeNull();
  });
});

describe('Random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Random(1);
    const b = new Random(1);
    const c = new Random(2);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('makes well-formed UUIDs and integers in range', () => {
    const r = new Random(42);
    for (let i = 0; i < 200; i++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
  });

  it('derives tokens short enough for the API and stores them hashed', () => {
    const token = benchToken(1, 'reviewer1@bench.abate.test');
    expect(token.length).toBeLessThanOrEqual(128);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
