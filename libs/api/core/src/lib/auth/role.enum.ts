import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  APPLICANT = 'APPLICANT',
  REVIEWER = 'REVIEWER',
  PROGRAM_OFFICER = 'PROGRAM_OFFICER',
  /** Keeps the settlement fund's books and gives the second (financial) approval of payments. */
  FINANCE_OFFICER = 'FINANCE_OFFICER',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, { name: 'Role', description: 'What a user may do in Abate.' });
