import { evaluateFormula, parseFormula } from './formula';

const keys = new Set(['a', 'b', 'c', 'survivors_reached']);
const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('derived formulas', () => {
  it('parses a / b and a / (b + c) with the usual precedence', () => {
    expect(parseFormula('a / b', keys)).toEqual({
      kind: 'binary',
      op: '/',
      left: { kind: 'metric', key: 'a' },
      right: { kind: 'metric', key: 'b' },
    });
    // 6 / (1 + 2) = 2, while 6 / 1 + 2 = 8.
    expect(evaluateFormula(parseFormula('a / (b + c)', keys), values({ a: 6, b: 1, c: 2 }))).toBe(2);
    expect(evaluateFormula(parseFormula('a / b + c', keys), values({ a: 6, b: 1, c: 2 }))).toBe(8);
    // Left to right within a level: 12 / 3 / 2 = 2, 10 - 3 - 2 = 5.
    expect(evaluateFormula(parseFormula('a / b / c', keys), values({ a: 12, b: 3, c: 2 }))).toBe(2);
    expect(evaluateFormula(parseFormula('a - b - c', keys), values({ a: 10, b: 3, c: 2 }))).toBe(5);
    expect(evaluateFormula(parseFormula('100 * a / b', keys), values({ a: 1, b: 4 }))).toBe(25);
    expect(evaluateFormula(parseFormula('  survivors_reached/(a)', keys), values({ survivors_reached: 3, a: 4 }))).toBe(
      0.75,
    );
  });

  it('gives null for a zero denominator or a missing value', () => {
    expect(evaluateFormula(parseFormula('a / (b + c)', keys), values({ a: 6, b: 0, c: 0 }))).toBeNull();
    expect(evaluateFormula(parseFormula('a / b', keys), values({ a: 0, b: 5 }))).toBe(0);
    expect(evaluateFormula(parseFormula('a / b', keys), values({ b: 5 }))).toBeNull();
  });

  it('throws on unknown metrics and malformed text', () => {
    expect(() => parseFormula('a / d', keys)).toThrow('Unknown metric d');
    expect(() => parseFormula('a / (b + c', keys)).toThrow('Missing )');
    expect(() => parseFormula('a /', keys)).toThrow('Unexpected end');
    expect(() => parseFormula('a b', keys)).toThrow('Unexpected text after the end');
    expect(() => parseFormula('a % b', keys)).toThrow(SyntaxError);
    expect(() => parseFormula('', keys)).toThrow(SyntaxError);
    expect(() => parseFormula(') a', keys)).toThrow(SyntaxError);
  });
});
