import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents, Connection } from '@abate/api/core';
import { budgetTotalCents } from '@abate/shared/checklist';
import { ApplicationStatus, LawEnforcementRole } from '../application-enums';
import type { ApplicationEntity } from '../entities/application.entity';

@ObjectType('ItemResponse')
export class ItemResponseModel {
  @Field()
  itemKey!: string;

  @Field()
  narrative!: string;

  @Field(() => Int, { nullable: true })
  selfRating!: number | null;
}

@ObjectType('BudgetLine')
export class BudgetLineModel {
  @Field()
  category!: string;

  @Field()
  description!: string;

  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('OutcomeTarget')
export class OutcomeTargetModel {
  @Field()
  metricKey!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('FieldProblem', {
  description: 'A problem with one field; `field` is its path, e.g. responses.services.naloxone.narrative.',
})
export class FieldProblemModel {
  @Field()
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('ApplicationValidation')
export class ApplicationValidationModel {
  @Field(() => [FieldProblemModel], { description: 'Block submission.' })
  errors!: FieldProblemModel[];

  @Field(() => [FieldProblemModel], { description: 'Advice; do not block submission.' })
  warnings!: FieldProblemModel[];
}

@ObjectType('SafeguardSource')
export class SafeguardSourceModel {
  @Field()
  id!: string;

  @Field()
  citation!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('SafeguardFlag', {
  description: 'A practice the research behind the checklist warns against, derived from the answers.',
})
export class SafeguardFlagModel {
  @Field({ description: 'POLICE_LED, UNIFORMED_POLICE_ON_VISITS, WARRANT_CHECKS or NO_NALOXONE_IN_BUDGET.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => SafeguardSourceModel)
  source!: SafeguardSourceModel;
}

@ObjectType('ApplicationActivity', { description: 'One change to the application, from the audit trail.' })
export class ApplicationActivityModel {
  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field({ description: 'e.g. application.save, application.submit.' })
  action!: string;

  @Field(() => [String], { description: 'What the change touched: title, budgetLines, responses.<itemKey> ...' })
  fields!: string[];
}

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Int, { description: 'Send it back with saveApplication and submitApplication.' })
  version!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Cents, { nullable: true })
  requestedCents!: bigint | null;

  @Field(() => LawEnforcementRole, { nullable: true })
  lawEnforcementRole!: LawEnforcementRole | null;

  @Field(() => Boolean, { nullable: true })
  warrantChecks!: boolean | null;

  @Field(() => [ItemResponseModel])
  responses!: ItemResponseModel[];

  @Field(() => [BudgetLineModel])
  budgetLines!: BudgetLineModel[];

  @Field(() => Cents)
  budgetTotalCents!: bigint;

  @Field(() => [OutcomeTargetModel])
  targets!: OutcomeTargetModel[];

  @Field(() => String, { nullable: true, description: 'Human-readable receipt id, e.g. ABT-2026-000123.' })
  trackingId!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  roundId!: string;
  organizationId!: string;
  entity!: ApplicationEntity;

  static from(entity: ApplicationEntity): ApplicationModel {
    const {
      id,
      status,
      version,
      title,
      summary,
      requestedCents,
      lawEnforcementRole,
      warrantChecks,
      responses,
      budgetLines,
      targets,
      trackingId,
      submittedAt,
      createdAt,
      updatedAt,
      roundId,
      organizationId,
    } = entity;
    return Object.assign(new ApplicationModel(), {
      id,
      status,
      version,
      title,
      summary,
      requestedCents,
      lawEnforcementRole,
      warrantChecks,
      responses,
      budgetLines,
      budgetTotalCents: budgetTotalCents(budgetLines),
      targets,
      trackingId,
      submittedAt,
      createdAt,
      updatedAt,
      roundId,
      organizationId,
      entity,
    });
  }
}

@ObjectType('ApplicationConnection')
export class ApplicationConnection extends Connection(ApplicationModel) {}

@ObjectType('SubmissionReceipt')
export class SubmissionReceiptModel {
  @Field({ description: 'e.g. ABT-2026-000123' })
  trackingId!: string;

  @Field()
  submittedAt!: Date;

  @Field(() => ApplicationModel)
  application!: ApplicationModel;
}
