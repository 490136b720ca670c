import { registerEnumType } from '@nestjs/graphql';

/** What is stored; REVIEW is not stored because it follows the clock. */
export type RoundStage = 'DRAFT' | 'PUBLISHED' | 'DECIDED';

export enum RoundStatus {
  DRAFT = 'DRAFT',
  /** Published: accepting applications between opensAt and closesAt. */
  PUBLISHED = 'PUBLISHED',
  /** Published and past closesAt: reviewers at work. */
  REVIEW = 'REVIEW',
  DECIDED = 'DECIDED',
}

registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description: 'DRAFT -> PUBLISHED (accepting from opensAt to closesAt) -> REVIEW (after closesAt) -> DECIDED.',
});

export function roundStatus(round: { stage: RoundStage; closesAt: Date }, now: Date): RoundStatus {
  if (round.stage === 'DRAFT') return RoundStatus.DRAFT;
  if (round.stage === 'DECIDED') return RoundStatus.DECIDED;
  return now.getTime() >= round.closesAt.getTime() ? RoundStatus.REVIEW : RoundStatus.PUBLISHED;
}

/** Accepting applications: published, opened, and not yet at the deadline (to the millisecond). */
export function isAccepting(round: { stage: RoundStage; opensAt: Date; closesAt: Date }, now: Date): boolean {
  return (
    round.stage === 'PUBLISHED' && now.getTime() >= round.opensAt.getTime() && now.getTime() < round.closesAt.getTime()
  );
}
