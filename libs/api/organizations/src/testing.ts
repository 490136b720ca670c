/** Test factories for this domain (`@abate/testing/organizations`): real services, overridable defaults. */
import { randomBytes } from 'node:crypto';
import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { gql } from '@abate/api/testing';
import type { TestApp } from '@abate/api/testing';
import { CreateOrganizationInput } from './lib/dto/create-organization.input';
import { CreateUserInput, UsersService } from '@abate/api/identity';
import type { UserEntity } from '@abate/api/identity';
import { OrganizationEntity } from './lib/entities/organization.entity';
import { MembershipRole, OrganizationKind } from './lib/organization-kind.enum';
import { OrganizationsService } from './lib/organizations.service';

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = () => randomBytes(4).toString('hex');

/** An organization; any field can be overridden. Alamance County, NC by default, with a unique name. */
export function createOrganization(
  t: TestApp,
  overrides: Partial<CreateOrganizationInput> = {},
): Promise<OrganizationEntity> {
  const input = {
    name: `Alamance County ${unique()}`,
    kind: OrganizationKind.COUNTY,
    state: 'NC',
    fipsCode: '37001',
    population: 171_415,
    ...overrides,
  };
  return runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    t.get(OrganizationsService).create(input),
  );
}

export interface TestUser {
  user: UserEntity;
  token: string;
  email: string;
}

/** A user signed in over GraphQL (so the token is a real session). */
export async function createUser(
  t: TestApp,
  overrides: Partial<CreateUserInput> & { roles?: Role[] } = {},
): Promise<TestUser> {
  const roles = overrides.roles ?? [Role.PROGRAM_OFFICER];
  const input: CreateUserInput = {
    email: `user-${unique()}@example.org`,
    name: 'Test User',
    password: TEST_PASSWORD,
    roles,
    ...(roles.includes(Role.APPLICANT) && !overrides.organizationId
      ? { organizationId: (await createOrganization(t)).id, organizationRole: MembershipRole.OWNER }
      : {}),
    ...overrides,
  };
  const user = await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    t.get(UsersService).create(input, SYSTEM_ACTOR),
  );
  const res = await gql<{ signIn: { token: string } }>(
    t,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: input.email, p: input.password },
  );
  if (!res.data) throw new Error(`Factory sign-in failed: ${JSON.stringify(res.errors)}`);
  return { user, token: res.data.signIn.token, email: input.email };
}
