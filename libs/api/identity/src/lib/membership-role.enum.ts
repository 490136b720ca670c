import { registerEnumType } from '@nestjs/graphql';

/**
 * A person's place in an organization. Declared here (identity) rather than in
 * organizations because invitations and accounts carry it, and organizations
 * depends on identity, not the other way round; organizations re-exports it.
 */
export enum MembershipRole {
  OWNER = 'OWNER',
  CONTRIBUTOR = 'CONTRIBUTOR',
}

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'OWNER may add applicant users to the organization; CONTRIBUTOR works on its applications and reports.',
});
