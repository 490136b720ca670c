import { definePolicy, Role } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/** Award budgets and amendments (the older award operations still declare @Roles beside their resolvers). */
export const AWARDS_POLICY = definePolicy('awards', {
  amendAward: [Role.APPLICANT, Role.PROGRAM_OFFICER],
  decideAwardAmendment: [Role.PROGRAM_OFFICER],
});

/** Two people for every change of an award's money: whoever proposed an amendment does not decide it. */
export function canDecideAmendment(actor: AuthUser, amendment: { proposedBy: string }): boolean {
  return actor.id !== amendment.proposedBy;
}
