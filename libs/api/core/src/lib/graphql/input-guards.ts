// The ESM declaration, as @nestjs/apollo (ESM-only) uses: the CJS one is a distinct type.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import {
  ASTNode,
  GraphQLError,
  GraphQLSchema,
  isScalarType,
  Kind,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';

// Years 1 to 9999: what PostgreSQL and ISO 8601 both hold without extended years ("+010000-", year 0, -infinity).
const EARLIEST = Date.UTC(1, 0, 1) - 14 * 3_600_000;
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 14 * 3_600_000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

const parseDateTime = (value: unknown): Date => {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const date = text && DATE_TIME.test(text) ? new Date(text) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new GraphQLError('DateTime must be an ISO 8601 date-time string, e.g. 2026-12-31T23:59:59Z');
  const year = Number(text!.slice(0, 4));
  if (year < 1 || date.getTime() < EARLIEST || date.getTime() > LATEST)
    throw new GraphQLError('DateTime must be between the years 0001 and 9999');
  return date;
};

/**
 * Makes the schema's DateTime take only a string naming a real instant. The stock
 * scalar (shared by every field typed Date) runs `new Date(value)` on anything,
 * so `5` or `true` became an instant in 1970.
 */
export function strictDateTime(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('DateTime');
  if (isScalarType(type)) {
    type.parseValue = parseDateTime;
    type.parseLiteral = (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  }
  return schema;
}

/** Rejects operations with more than `maxAliases` aliased fields (one request, thousands of resolver runs). */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(
            new GraphQLError(`The operation has more than ${maxAliases} aliased fields`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}

const NUL = '\u0000';

function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}.${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold a NUL character: refuse it (naming the field)
 * before any resolver runs, instead of failing in the database as a 500.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  const refuse = (field: string | undefined) =>
    new GraphQLError(`${field ?? 'A string'} contains a NUL (\\u0000) character, which text cannot hold`, {
      extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 400 } },
    });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const inVariables = nulPath(request.variables ?? {}, '');
          if (inVariables) throw refuse(inVariables);
          visit(document, {
            StringValue(node, _key, _parent, _path, ancestors) {
              if (!node.value.includes(NUL)) return;
              const names = (ancestors as ASTNode[])
                .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
                .map((a) => (a as { name: { value: string } }).name.value);
              throw refuse(names.length ? names.join('.') : undefined);
            },
          });
        },
      };
    },
  };
}
