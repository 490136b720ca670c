import { GraphQLError, Kind, parseValue } from 'graphql';
import { Cents, centsColumn } from './cents';

describe('the Cents scalar', () => {
  it('serializes bigints, strings and numbers as exact decimal strings', () => {
    expect(Cents.serialize(4_000_000_000n)).toBe('4000000000');
    expect(Cents.serialize(2n ** 63n - 1n)).toBe('9223372036854775807');
    expect(Cents.serialize('2147483648')).toBe('2147483648'); // pg's bigint text
    expect(Cents.serialize(-500)).toBe('-500');
    expect(Cents.serialize(0n)).toBe('0');
  });

  it('never serializes what is not cents', () => {
    for (const bad of [1.5, '12.5', null, undefined, {}, true, Number.NaN])
      expect(() => Cents.serialize(bad)).toThrow(TypeError);
  });

  it('parses a decimal-integer string or a safe JSON integer, negatives included', () => {
    expect(Cents.parseValue('4000000000')).toBe(4_000_000_000n);
    expect(Cents.parseValue('9007199254740993')).toBe(2n ** 53n + 1n);
    expect(Cents.parseValue(2_147_483_648)).toBe(2_147_483_648n);
    expect(Cents.parseValue(Number.MAX_SAFE_INTEGER)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
    expect(Cents.parseValue('-500')).toBe(-500n);
    expect(Cents.parseValue(-500)).toBe(-500n);
  });

  it.each([
    ['a fraction', 1.5],
    ['a fraction as text', '1.50'],
    ['2^53', 2 ** 53],
    ['1e308', 1e308],
    ['an exponent string', '1e5'],
    ['a leading space', ' 12'],
    ['an empty string', ''],
    ['20 digits', '12345678901234567890'],
    ['a huge string', '9'.repeat(100_000)],
    ['dollars', '$12.00'],
    ['a boolean', true],
    ['an object', { a: 1 }],
    ['a list', [1]],
    ['NaN as text', 'NaN'],
  ])("refuses %s with a GraphQLError the formatter reports as the client's", (_label, value) => {
    expect(() => Cents.parseValue(value)).toThrow(GraphQLError);
  });

  it('parses literals: integers up to 2^53-1 and strings; never floats', () => {
    expect(Cents.parseLiteral(parseValue('4000000000'))).toBe(4_000_000_000n);
    expect(Cents.parseLiteral(parseValue('"92233720368547758"'))).toBe(92_233_720_368_547_758n);
    expect(Cents.parseLiteral(parseValue('-7'))).toBe(-7n);
    expect(() => Cents.parseLiteral(parseValue('9007199254740992'))).toThrow(GraphQLError);
    expect(() => Cents.parseLiteral(parseValue('1.5'))).toThrow(GraphQLError);
    expect(() => Cents.parseLiteral(parseValue('true'))).toThrow(GraphQLError);
    expect(() => Cents.parseLiteral({ kind: Kind.NULL })).toThrow(GraphQLError);
  });
});

describe('centsColumn', () => {
  it('reads pg bigint text as bigint and writes bigint as text, exactly', () => {
    expect(centsColumn.from('9223372036854775807')).toBe(2n ** 63n - 1n);
    expect(centsColumn.from(null)).toBeNull();
    expect(centsColumn.to(2n ** 53n + 1n)).toBe('9007199254740993');
    expect(centsColumn.to(null)).toBeNull();
    expect(centsColumn.to(undefined)).toBeUndefined();
  });
});
