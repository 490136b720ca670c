import { Public, Roles } from './access.decorators';
import { Role } from './role.enum';

/**
 * Who may call one operation: `'public'` (anyone, signed in or not) or the holders of
 * any of the listed roles. Object-level rules (this organization, this assignment) stay
 * in the owning service; this table says only which roles reach the operation at all.
 */
export type OperationAccess = 'public' | readonly Role[];

/** One domain's access rules: every query, mutation and HTTP route it serves, by name. */
export type DomainPolicy = Readonly<Record<string, OperationAccess>>;

const registry = new Map<string, DomainPolicy>();

/**
 * Declares a domain's policy table. The guard reads it through `@Allow(...)` on each
 * resolver method, and the authorization matrix reads every registered table, so the
 * two can never disagree. Declare each domain's table once, in `<domain>.policy.ts`.
 */
export function definePolicy<const T extends Record<string, OperationAccess>>(domain: string, table: T): T {
  registry.set(domain, table);
  return table;
}

/** Every domain's table, for the authorization matrix and the docs. */
export function registeredPolicies(): ReadonlyMap<string, DomainPolicy> {
  return registry;
}

/** Marks a resolver method or route with its entry in the domain's policy table. */
export function Allow(access: OperationAccess): MethodDecorator & ClassDecorator {
  return access === 'public' ? Public() : Roles(...access);
}
