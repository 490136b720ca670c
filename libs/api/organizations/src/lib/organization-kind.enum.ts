import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  COUNTY = 'COUNTY',
  CITY = 'CITY',
  TRIBE = 'TRIBE',
  STATE_AGENCY = 'STATE_AGENCY',
  NONPROFIT = 'NONPROFIT',
}

export enum MembershipRole {
  OWNER = 'OWNER',
  CONTRIBUTOR = 'CONTRIBUTOR',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'OWNER may add applicant users to the organisation; CONTRIBUTOR works on its applications and reports.',
});
