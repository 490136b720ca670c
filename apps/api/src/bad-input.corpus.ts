import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * A generated bad input for one mutation: `path` is the variable path it changes
 * (`input.budgetLines.0.amountCents`), `value` what goes there (MISSING drops the key).
 *
 * - `refuse`: must be answered with a client error code and change no row.
 * - `any`: text content the API may legitimately accept (HTML, control or right-to-left
 *   characters, SQL-looking text); it must never be an INTERNAL_SERVER_ERROR, and when it
 *   is refused it changes no row either.
 *
 * `field`: when the error is an input error (BAD_USER_INPUT), `extensions.field` must name
 * `leaf` (the last segment of the path; for a missing key, the key).
 */
export interface BadCase {
  mutation: string;
  label: string;
  path: string[];
  value: unknown;
  expect: 'refuse' | 'any';
  field: boolean;
}

export const MISSING = Symbol('missing');

/** Ids the corpus puts where an ID is expected: another organization's objects and ids that are not ids. */
export interface ForeignIds {
  organizationId: string;
  applicationId: string;
  userId: string;
}

export const MEGABYTE = 'x'.repeat(1024 * 1024);
const LONG = 'y'.repeat(64 * 1024);
const SQL = "'; DROP TABLE users; --";
const HTML = '<script>alert(1)</script>';
const CONTROL = 'a\u0000b\u0007c';
const RTL = '\u202Eevil';

const RANDOM_UUID = '7b0f6a1e-3c55-4d9a-9b1e-2f6a0c1d9e44';

/** Date-only text fields (their valid value is YYYY-MM-DD): the calendar's and PostgreSQL's edges. */
const DATE_EDGES = [
  '0000-01-01',
  '10000-01-01',
  '+10000-01-01',
  '2027-02-30',
  '2027-00-10',
  '-infinity',
  'infinity',
  'epoch',
  '1 BC',
];

function leafCases(
  type: GraphQLInputType,
  foreign: ForeignIds,
  valid?: unknown,
): Array<{ label: string; value: unknown; expect: 'refuse' | 'any'; field: boolean }> {
  const named = getNamedType(type);
  const wrong = (label: string, value: unknown) => ({
    label: `wrong type (${label})`,
    value,
    expect: 'refuse' as const,
    field: true,
  });
  if (isEnumType(named)) {
    return [
      { label: 'unknown enum value', value: 'NOT_A_VALUE', expect: 'refuse', field: true },
      {
        label: 'enum value in lower case',
        value: named.getValues()[0].name.toLowerCase(),
        expect: 'refuse',
        field: true,
      },
      { label: 'SQL as enum', value: SQL, expect: 'refuse', field: true },
      wrong('number', 1),
      wrong('object', { a: 1 }),
    ];
  }
  switch (named.name) {
    case 'Int':
      return [
        wrong('string', '12'),
        wrong('boolean', true),
        wrong('object', { a: 1 }),
        wrong('fraction', 1.5),
        { label: '2^31', value: 2 ** 31, expect: 'refuse', field: true },
        { label: '1e308', value: 1e308, expect: 'refuse', field: true },
        { label: 'NaN-like string', value: 'NaN', expect: 'refuse', field: true },
        { label: '-1', value: -1, expect: 'refuse', field: false },
        { label: '-2^31 - 1', value: -(2 ** 31) - 1, expect: 'refuse', field: true },
        { label: 'Infinity-like string', value: 'Infinity', expect: 'refuse', field: true },
      ];
    case 'Float':
      return [
        wrong('string', '12'),
        wrong('boolean', true),
        wrong('object', { a: 1 }),
        { label: 'NaN-like string', value: 'NaN', expect: 'refuse', field: true },
        { label: 'Infinity-like string', value: 'Infinity', expect: 'refuse', field: true },
        { label: '1e308', value: 1e308, expect: 'refuse', field: true },
        { label: '-1', value: -1, expect: 'refuse', field: true },
      ];
    case 'Cents':
      // Money: a decimal-integer string or a JSON integer up to 2^53-1; anything else names the field.
      // Each kind once (the money work had left four copies of this case; only the first ever ran).
      return [
        wrong('boolean', true),
        wrong('object', { a: 1 }),
        wrong('fraction', 1.5),
        { label: 'fraction as text', value: '12.50', expect: 'refuse', field: true },
        { label: '2^53 (not a safe integer)', value: 2 ** 53, expect: 'refuse', field: true },
        { label: '1e308', value: 1e308, expect: 'refuse', field: true },
        { label: 'exponent string', value: '1e5', expect: 'refuse', field: true },
        { label: 'hexadecimal', value: '0x10', expect: 'refuse', field: true },
        { label: 'digits then letters', value: '12abc', expect: 'refuse', field: true },
        { label: 'leading space', value: ' 12', expect: 'refuse', field: true },
        { label: 'empty string', value: '', expect: 'refuse', field: true },
        { label: 'dollars as text', value: '$12.00', expect: 'refuse', field: true },
        { label: 'NaN-like string', value: 'NaN', expect: 'refuse', field: true },
        { label: 'SQL as cents', value: SQL, expect: 'refuse', field: true },
        // Range: one past what PostgreSQL bigint holds (19 digits), and 20 digits (the longest text read at all).
        { label: 'bigint maximum + 1', value: '9223372036854775808', expect: 'refuse', field: true },
        { label: '20 digits', value: '12345678901234567890', expect: 'refuse', field: true },
        { label: '1 MB of digits', value: '9'.repeat(1024 * 1024), expect: 'refuse', field: true },
        // The scalar takes negatives (reversing ledger entries); a field that does not refuses them in the domain.
        { label: '-1', value: -1, expect: 'refuse', field: false },
        { label: '"-1" as text', value: '-1', expect: 'refuse', field: false },
      ];
    case 'Boolean':
      return [wrong('string', 'true'), wrong('number', 1), wrong('object', { a: 1 })];
    case 'DateTime':
      return [
        wrong('number', 5),
        wrong('boolean', true),
        { label: 'not a date', value: 'not a date', expect: 'refuse', field: true },
        { label: 'impossible date', value: '2026-13-45T99:99:99Z', expect: 'refuse', field: true },
        { label: 'SQL as date', value: SQL, expect: 'refuse', field: true },
        { label: 'year 10000', value: '+010000-01-01T00:00:00Z', expect: 'refuse', field: true },
        { label: 'year 10000 unsigned', value: '10000-01-01T00:00:00Z', expect: 'refuse', field: true },
        { label: 'year 0', value: '0000-01-01T00:00:00Z', expect: 'refuse', field: true },
        { label: 'JavaScript maximum', value: '+275760-09-13T00:00:00Z', expect: 'refuse', field: true },
        { label: '-infinity', value: '-infinity', expect: 'refuse', field: true },
        { label: 'infinity', value: 'infinity', expect: 'refuse', field: true },
        { label: 'empty string', value: '', expect: 'refuse', field: true },
        { label: 'date-time with a zone word', value: '2026-12-31 23:59:59 PST', expect: 'refuse', field: true },
      ];
    case 'ID':
      return [
        wrong('boolean', true),
        wrong('object', { a: 1 }),
        { label: 'not a UUID', value: 'not-a-uuid', expect: 'refuse', field: false },
        { label: 'SQL as id', value: SQL, expect: 'refuse', field: false },
        { label: 'negative number id', value: -1, expect: 'refuse', field: false },
        { label: 'random UUID', value: RANDOM_UUID, expect: 'refuse', field: false },
        {
          label: "another organization's organization id",
          value: foreign.organizationId,
          expect: 'refuse',
          field: false,
        },
        {
          label: "another organization's application id",
          value: foreign.applicationId,
          expect: 'refuse',
          field: false,
        },
        { label: "another organization's user id", value: foreign.userId, expect: 'refuse', field: false },
        { label: '1 MB id', value: MEGABYTE, expect: 'refuse', field: false },
      ];
    default:
      if (typeof valid === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(valid)) {
        return DATE_EDGES.map((value) => ({
          label: `date edge ${value}`,
          value,
          expect: 'refuse' as const,
          field: true,
        }));
      }
      // String and other string-like scalars: the text may be content the API keeps.
      return [
        wrong('number', 5),
        wrong('boolean', true),
        wrong('object', { a: 1 }),
        { label: '1 MB string', value: MEGABYTE, expect: 'refuse', field: false },
        { label: '64 KB string', value: LONG, expect: 'any', field: true },
        { label: 'empty string', value: '', expect: 'any', field: true },
        { label: 'control characters', value: CONTROL, expect: 'any', field: true },
        { label: 'right-to-left override', value: RTL, expect: 'any', field: true },
        { label: 'SQL injection', value: SQL, expect: 'any', field: true },
        { label: 'HTML injection', value: HTML, expect: 'any', field: true },
      ];
  }
}

function walk(
  mutation: string,
  type: GraphQLInputType,
  value: unknown,
  path: string[],
  foreign: ForeignIds,
  out: BadCase[],
): void {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const leaf = path[path.length - 1];
  if (required) {
    out.push({ mutation, label: 'null for a required field', path, value: null, expect: 'refuse', field: true });
    // A missing list element is not a thing; a missing key (or variable) is.
    if (!/^\d+$/.test(leaf))
      out.push({ mutation, label: 'missing required field', path, value: MISSING, expect: 'refuse', field: true });
  }
  if (value === undefined || value === null) return;
  if (isListType(inner)) {
    out.push({
      mutation,
      label: 'wrong type (object for a list)',
      path,
      value: { a: 1 },
      expect: 'refuse',
      field: true,
    });
    if (Array.isArray(value) && value.length > 0) walk(mutation, inner.ofType, value[0], [...path, '0'], foreign, out);
    return;
  }
  if (isInputObjectType(inner)) {
    out.push({
      mutation,
      label: 'wrong type (string for an object)',
      path,
      value: 'oops',
      expect: 'refuse',
      field: true,
    });
    out.push({ mutation, label: 'unknown key', path: [...path, 'notAField'], value: 1, expect: 'refuse', field: true });
    const record = value as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      if (field.name in record || isNonNullType(field.type))
        walk(mutation, field.type, record[field.name], [...path, field.name], foreign, out);
    }
    return;
  }
  if (isScalarType(inner) || isEnumType(inner))
    for (const c of leafCases(inner, foreign, value)) out.push({ mutation, path, ...c });
}

/** Every bad input derived from a valid call's variables, field by field. */
export function badInputs(
  mutation: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  foreign: ForeignIds,
): BadCase[] {
  const out: BadCase[] = [];
  for (const arg of mutation.args) walk(mutation.name, arg.type, variables[arg.name], [arg.name], foreign, out);
  return out;
}

/** The variables with `value` at `path` (or the key removed for MISSING). */
export function withValue(variables: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (value === MISSING) delete target[last];
  else target[last] = value;
  return copy;
}

/** An operation with every argument of the mutation as a variable, so any of them can be bad. */
export function operationOf(schema: GraphQLSchema, name: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${defs ? `(${defs})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`;
}

/** A query nested `depth` fields deep, following object fields without required arguments from Query. */
export function deepQuery(schema: GraphQLSchema, depth: number): string | undefined {
  const memo = new Map<string, string | undefined>();
  const search = (typeName: string, remaining: number): string | undefined => {
    if (remaining === 0) return '__typename';
    const key = `${typeName}/${remaining}`;
    if (memo.has(key)) return memo.get(key);
    memo.set(key, undefined);
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return undefined;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__') || field.args.some((a) => isNonNullType(a.type))) continue;
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      const inner = search(named.name, remaining - 1);
      if (inner) {
        memo.set(key, `${field.name} { ${inner} }`);
        return memo.get(key);
      }
    }
    return undefined;
  };
  const body = search(schema.getQueryType()!.name, depth);
  return body ? `{ ${body} }` : undefined;
}
