import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  COUNTY = 'COUNTY',
  CITY = 'CITY',
  TRIBE = 'TRIBE',
  STATE_AGENCY = 'STATE_AGENCY',
  NONPROFIT = 'NONPROFIT',
}

// Declared by identity (invitations carry it); re-exported here, where it always was.
export { MembershipRole } from '@abate/api/identity';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
