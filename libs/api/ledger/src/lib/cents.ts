// TEMPORARY: the money engineer's `Cents` scalar and `centsColumn` (in @abate/api/core) replace
// these when their commit lands on main; the names and behavior are the agreed ones.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';

const parse = (value: unknown): bigint => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,19}$/.test(value)) return BigInt(value);
  throw new GraphQLError('Cents must be a whole number of cents: a decimal string or a safe integer', { extensions: { code: 'BAD_USER_INPUT' } });
};

export const Cents = new GraphQLScalarType<bigint, string>({
  name: 'Cents',
  description: 'A whole number of cents, serialized as a decimal string ("2500000000" is $25,000,000.00); accepts that string or a safe integer.',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : String(parse(value))),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parse(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Cents must be a decimal string or an integer', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

export const centsColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
