import { registerEnumType } from '@nestjs/graphql';

export enum AssignmentStatus {
  /** Assigned; the reviewer sees only the applicant's name and the round until they declare. */
  PENDING_COI = 'PENDING_COI',
  /** The reviewer declared a conflict: they can never read the application. */
  CONFLICTED = 'CONFLICTED',
  IN_PROGRESS = 'IN_PROGRESS',
  /** Frozen. */
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'PENDING_COI -> CONFLICTED | IN_PROGRESS -> SUBMITTED.',
});
