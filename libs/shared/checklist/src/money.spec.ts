import { formatDollars } from './index';

describe('formatDollars', () => {
  it('shows whole dollars without cents and groups thousands', () => {
    expect(formatDollars(5_000_000)).toBe('$50,000');
    expect(formatDollars(25_000_000)).toBe('$250,000');
    expect(formatDollars(0)).toBe('$0');
    expect(formatDollars(100)).toBe('$1');
    expect(formatDollars(123_456_789_00)).toBe('$123,456,789');
  });

  it('shows cents when there are any', () => {
    expect(formatDollars(123_456)).toBe('$1,234.56');
    expect(formatDollars(5)).toBe('$0.05');
    expect(formatDollars(1_050)).toBe('$10.50');
    expect(formatDollars(-1_250)).toBe('-$12.50');
  });
});
