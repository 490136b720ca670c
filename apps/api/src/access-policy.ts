import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, Role, ROLES_KEY } from '@abate/api/core';

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
      const prototype = wrapper.metatype && 'prototype' in wrapper.metatype ? (wrapper.metatype.prototype as Record<string, unknown>) : undefined;
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
        declared.set(`${type}.${name}`, isPublic ? 'public' : roles ?? 'undeclared');
      }
    }
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  return (['Query', 'Mutation'] as const).flatMap((type) =>
    Object.keys((type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map((name) => ({
      type,
      name,
      access: declared.get(`${type}.${name}`) ?? 'undeclared',
    })),
  );
}
