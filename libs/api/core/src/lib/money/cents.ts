import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import type { ValueTransformer } from 'typeorm';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import { formatCents, MAX_CENTS, parseCents } from '@abate/shared/money';

const HINT =
  'Cents must be a whole number of cents: a decimal-integer string such as "2500000000" ($25,000,000.00), or a JSON integer up to 2^53-1';

const describe = (value: unknown): string => {
  if (typeof value === 'string')
    return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
};

/** An input value (a variable's JSON value) as cents; a GraphQLError (which the error formatter names the field of) otherwise. */
function parseInput(value: unknown): bigint {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    try {
      return parseCents(value);
    } catch {
      // falls through to the one message below
    }
  }
  throw new GraphQLError(`${describe(value)} is not an amount. ${HINT}`);
}

function parseLiteral(ast: ValueNode): bigint {
  // An IntValue's text is exact (no float on the way): "9007199254740993" stays itself; the 2^53-1 limit still applies to it.
  if (ast.kind === Kind.INT) {
    const cents = parseInput(ast.value);
    if (cents > BigInt(Number.MAX_SAFE_INTEGER) || cents < -BigInt(Number.MAX_SAFE_INTEGER))
      throw new GraphQLError(`${ast.value} is beyond 2^53-1. ${HINT}`);
    return cents;
  }
  if (ast.kind === Kind.STRING) return parseInput(ast.value);
  throw new GraphQLError(`A ${ast.kind.toLowerCase()} literal is not an amount. ${HINT}`);
}

function serialize(value: unknown): string {
  if (typeof value === 'bigint' || typeof value === 'string' || typeof value === 'number') {
    try {
      return parseCents(value).toString();
    } catch {
      // below
    }
  }
  // A server bug (never a client's input): the formatter logs it and answers INTERNAL_SERVER_ERROR.
  throw new TypeError(`Cents cannot represent ${describe(value)}`);
}

/**
 * Money in GraphQL: a whole number of cents, held as PostgreSQL `bigint` and
 * TypeScript `bigint`. Out: a decimal string ("2500000000" is $25,000,000.00),
 * exact at any size. In: that string, or a JSON integer up to 2^53-1 (beyond
 * that a JSON number is no longer exact). Negative values pass the scalar;
 * the domain refuses them where a field does not allow them (only reversing
 * ledger entries carry them).
 */
export const Cents = new GraphQLScalarType<bigint, string>({
  name: 'Cents',
  description:
    'A whole number of US cents, exact at any size. Sent as a decimal string ("2500000000" is $25,000,000.00); accepted as that string or as a JSON integer up to 2^53-1. Negative only where a field says so.',
  serialize,
  parseValue: parseInput,
  parseLiteral,
});

/**
 * The TypeORM transformer for a `bigint` money column: node-postgres reads
 * `bigint` as a string (exact), which becomes a `bigint`; a `bigint` is
 * written as its decimal string.
 *
 *   @Column({ type: 'bigint', transformer: centsColumn }) amountCents!: bigint;
 */
export const centsColumn: ValueTransformer = {
  // Anything else (null, a FindOperator) passes through as it came.
  to: (value: unknown) =>
    typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string'
      ? parseCents(value).toString()
      : value,
  from: (value: unknown) =>
    typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string' ? parseCents(value) : value,
};

export interface CentsRule {
  /** Smallest amount allowed (default 0n: no negative amounts unless a field says so). */
  min?: bigint;
  /** Largest amount allowed (default: what PostgreSQL bigint holds). */
  max?: bigint;
  /** The message when the amount is out of range. */
  message?: string;
}

/**
 * class-validator for a `Cents` input field (`@Min`/`@IsInt` know only numbers):
 * a bigint within [min, max], named in the error like any other field.
 */
export function IsCents(rule: CentsRule = {}): PropertyDecorator {
  const min = rule.min ?? 0n;
  const max = rule.max ?? MAX_CENTS;
  return ValidateBy({
    name: 'isCents',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= max,
      defaultMessage: (args?: ValidationArguments) =>
        rule.message ??
        (min === 0n && max === MAX_CENTS
          ? `${args?.property ?? 'The amount'} must not be negative`
          : min === 1n && max === MAX_CENTS
            ? `${args?.property ?? 'The amount'} must be positive`
            : `${args?.property ?? 'The amount'} must be between ${formatCents(min)} and ${formatCents(max)}`),
    },
  });
}

/**
 * The TypeORM transformer for a `jsonb` list whose elements carry amounts
 * (`[{ category, amountCents }]`): amounts are stored as decimal strings
 * (JSON numbers past 2^53 would be rounded by JSON.parse) and read as bigint;
 * a JSON number written before the MoneyAsBigint migration reads as well.
 */
export function centsListColumn(keys: readonly string[] = ['amountCents']): ValueTransformer {
  const map = (value: unknown, convert: (cents: string | number | bigint) => string | bigint): unknown => {
    if (!Array.isArray(value)) return value;
    return value.map((element: unknown) => {
      if (!element || typeof element !== 'object') return element;
      const copy: Record<string, unknown> = { ...(element as Record<string, unknown>) };
      for (const key of keys) {
        const amount = copy[key];
        if (typeof amount === 'bigint' || typeof amount === 'number' || typeof amount === 'string')
          copy[key] = convert(amount);
      }
      return copy;
    });
  };
  return {
    to: (value: unknown) => map(value, (cents) => parseCents(cents).toString()),
    from: (value: unknown) => map(value, (cents) => parseCents(cents)),
  };
}
