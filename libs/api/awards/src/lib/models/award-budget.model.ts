import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents } from '@abate/api/core';
import type { AwardAmendmentEntity } from '../entities/award-amendment.entity';

export enum AmendmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AmendmentStatus, { name: 'AmendmentStatus' });

@ObjectType('AwardBudgetLine', {
  description:
    'One SF-424A category of an award: awarded (as last approved), paid, pending (submitted and not yet paid or refused) and what is left.',
})
export class AwardBudgetLineModel {
  @Field()
  category!: string;

  @Field()
  label!: string;

  @Field(() => Cents)
  awardedCents!: bigint;

  @Field(() => Cents)
  paidCents!: bigint;

  @Field(() => Cents)
  pendingCents!: bigint;

  @Field(() => Cents)
  remainingCents!: bigint;
}

@ObjectType('AmendmentBudgetLine')
export class AmendmentBudgetLineModel {
  @Field()
  category!: string;

  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('AwardTerms', { description: 'An award’s amount, end date and budget at one point in time.' })
export class AwardTermsModel {
  @Field(() => Cents)
  amountCents!: bigint;

  @Field()
  endDate!: string;

  @Field(() => [AmendmentBudgetLineModel])
  budgetLines!: AmendmentBudgetLineModel[];
}

@ObjectType('AwardAmendment', {
  description: 'A proposed change to an award; every one is kept, and only approved ones change the award.',
})
export class AwardAmendmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  awardId!: string;

  @Field(() => Int, { description: '1 for the first amendment of the award, and so on.' })
  number!: number;

  @Field(() => AmendmentStatus)
  status!: AmendmentStatus;

  @Field(() => Cents, { nullable: true })
  amountCents!: bigint | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => [AmendmentBudgetLineModel], { nullable: true })
  budgetLines!: AmendmentBudgetLineModel[] | null;

  @Field(() => AwardTermsModel, { description: 'The terms in force when it was proposed.' })
  previous!: AwardTermsModel;

  @Field()
  reason!: string;

  @Field(() => ID)
  proposedBy!: string;

  @Field()
  proposedAt!: Date;

  @Field(() => ID, { nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  static from(e: AwardAmendmentEntity): AwardAmendmentModel {
    const lines = (ls: Array<{ category: string; amountCents: string }>) =>
      ls.map((l) => ({ category: l.category, amountCents: BigInt(l.amountCents) }));
    return Object.assign(new AwardAmendmentModel(), {
      id: e.id,
      awardId: e.awardId,
      number: e.number,
      status: e.status as AmendmentStatus,
      amountCents: e.amountCents,
      endDate: e.endDate,
      budgetLines: e.budgetLines ? lines(e.budgetLines) : null,
      previous: {
        amountCents: BigInt(e.previous.amountCents),
        endDate: e.previous.endDate,
        budgetLines: lines(e.previous.budgetLines),
      },
      reason: e.reason,
      proposedBy: e.proposedBy,
      proposedAt: e.createdAt,
      decidedBy: e.decidedBy,
      decidedAt: e.decidedAt,
      decisionNote: e.decisionNote,
    });
  }
}
