import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, registeredPolicies, Role, ROLES_KEY } from '@abate/api/core';
import type { OperationAccess } from '@abate/api/core';

export interface OperationPolicy {
  type: 'Query' | 'Mutation';
  name: string;
  /** `public`, a role list, or `undeclared` when the resolver says neither. */
  access: 'public' | Role[] | 'undeclared';
}

/**
 * Every Query and Mutation field of the live schema with the access its
 * resolver declares, read from the @Roles/@Public metadata the guard enforces.
 */
export function operationPolicies(app: INestApplication): OperationPolicy[] {
  const declared = new Map<string, OperationPolicy['access']>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const prototype =
        wrapper.metatype && 'prototype' in wrapper.metatype
          ? (wrapper.metatype.prototype as Record<string, unknown>)
          : undefined;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // The descriptor, not `prototype[key]`: reading a getter on a prototype would run it.
        const handler: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? key;
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) === true;
        const roles = Reflect.getMetadata(ROLES_KEY, handler) as Role[] | undefined;
        declared.set(`${type}.${name}`, isPublic ? 'public' : (roles ?? 'undeclared'));
      }
    }
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  return (['Query', 'Mutation'] as const).flatMap((type) =>
    Object.keys((type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map(
      (name) => ({
        type,
        name,
        access: declared.get(`${type}.${name}`) ?? 'undeclared',
      }),
    ),
  );
}

export interface TableEntry {
  domain: string;
  access: OperationAccess;
}

/**
 * Every operation and route of every domain's policy table, by name. Names are unique
 * across domains (a GraphQL field is one name in one schema): a name in two tables throws.
 */
export function policyTableEntries(): Map<string, TableEntry> {
  const entries = new Map<string, TableEntry>();
  for (const [domain, table] of registeredPolicies()) {
    for (const [name, access] of Object.entries(table)) {
      const earlier = entries.get(name);
      if (earlier) throw new Error(`Operation ${name} is in the policy tables of both ${earlier.domain} and ${domain}`);
      entries.set(name, { domain, access });
    }
  }
  return entries;
}

/** The same access, whatever the order of the roles. */
export const sameAccess = (a: OperationAccess | 'undeclared', b: OperationAccess | 'undeclared'): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a.length === b.length && a.every((r) => b.includes(r));
