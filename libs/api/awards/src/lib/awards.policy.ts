import { definePolicy, hasRole, readsEverything, Role } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/**
 * Ranking, decisions and awards. Object level (AwardsService): applicants read their own
 * organizations' awards only; officers and auditors read all (`readsEverything`).
 */
export const AWARDS_POLICY = definePolicy('awards', {
  roundRanking: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  decideApplication: [Role.PROGRAM_OFFICER],
  releaseDecisions: [Role.PROGRAM_OFFICER],
  awards: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.AUDITOR],
  award: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.AUDITOR],
  /** GET /api/rounds/:roundId/exports/:file (board packets: CSV and XLSX). */
  roundExport: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  /** The grantee or an officer proposes a change of amount, budget lines or end date. */
  amendAward: [Role.APPLICANT, Role.PROGRAM_OFFICER],
  decideAwardAmendment: [Role.PROGRAM_OFFICER],
});

/** Two people for every change of an award's money: whoever proposed an amendment does not decide it. */
export function canDecideAmendment(actor: AuthUser, amendment: { proposedBy: string }): boolean {
  return actor.id !== amendment.proposedBy;
}

/**
 * Fields that hide data by role (the resolver returns null for the others). Reading the
 * parent object was already checked by its own operation.
 */
export const AWARDS_FIELD_VISIBILITY = {
  /**
   * `Application.decision`: officers and auditors at once, with the override reason
   * ('full'); the applicant's members once the round's decisions are released, without it
   * ('released'); reviewers never ('hidden').
   */
  applicationDecision(actor: AuthUser): 'full' | 'released' | 'hidden' {
    if (readsEverything(actor)) return 'full';
    if (hasRole(actor, Role.REVIEWER) && !hasRole(actor, Role.APPLICANT)) return 'hidden';
    return 'released';
  },
};
