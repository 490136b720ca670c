import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';

/*
 * Stand-in for the money engineer's `Cents` scalar, `centsColumn` (@abate/api/core) and
 * `splitCents`/`formatCents` (@abate/shared/money), with exactly their names and
 * behaviour, until those land on main. Delete this file and import from there then.
 */

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export function parseCents(value: string | number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError('Cents must be a whole number of cents');
    return BigInt(value);
  }
  if (typeof value === 'string' && /^-?\d{1,19}$/.test(value.trim())) return BigInt(value.trim());
  throw new TypeError('Cents must be a whole number of cents');
}

function coerce(value: unknown): bigint {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint') {
    try {
      const cents = parseCents(value);
      if (cents > MAX * 1000n || cents < -MAX * 1000n) throw new TypeError('too large');
      return cents;
    } catch {
      /* falls through */
    }
  }
  throw new GraphQLError('Cents must be a whole number of cents, as a decimal string or a safe integer');
}

export const Cents = new GraphQLScalarType<bigint, string>({
  name: 'Cents',
  description: 'A whole number of cents: a decimal string out; a decimal string or a safe integer in.',
  serialize: (value) => String(typeof value === 'bigint' ? value : coerce(value)),
  parseValue: coerce,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return coerce(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Cents must be a whole number of cents');
  },
});

export const centsColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

export function sumCents(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** Largest remainder; ties go to the earlier index; the parts always add up to `total`. */
export function splitCents(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = sumCents(weights);
  if (weights.length === 0) return [];
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0n));
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - sumCents(parts);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

export function formatCents(c: bigint | string): string {
  const cents = typeof c === 'bigint' ? c : BigInt(c);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${dollars}.${(abs % 100n).toString().padStart(2, '0')}`;
}
