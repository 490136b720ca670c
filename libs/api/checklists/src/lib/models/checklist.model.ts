import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChecklistDefinition } from '@abate/shared/checklist';
import type { ChecklistVersionEntity } from '../entities/checklist-version.entity';

@ObjectType('ChecklistScaleStep')
export class ChecklistScaleStepModel {
  @Field(() => Int)
  value!: number;

  @Field()
  label!: string;

  @Field()
  meaning!: string;
}

@ObjectType('ChecklistDomain')
export class ChecklistDomainModel {
  @Field()
  key!: string;

  @Field()
  title!: string;
}

@ObjectType('ChecklistSource')
export class ChecklistSourceModel {
  @Field()
  id!: string;

  @Field()
  citation!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('ChecklistItem')
export class ChecklistItemModel {
  @Field()
  key!: string;

  @Field({ description: 'Key of the domain the item belongs to.' })
  domain!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  reviewerGuidance!: string;

  @Field(() => Int, { description: '1 to 3.' })
  weight!: number;

  @Field({ description: 'A critical item rated 0 by reviewers is a critical gap.' })
  critical!: boolean;

  @Field(() => [ChecklistSourceModel])
  sources!: ChecklistSourceModel[];
}

@ObjectType('Checklist', { description: 'A published, immutable version of a best-practice checklist.' })
export class ChecklistModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field({ description: 'The checklist version, e.g. 2023.1.' })
  version!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  about!: string | null;

  @Field(() => String, { nullable: true, description: 'How item and application scores are computed.' })
  scoring!: string | null;

  @Field(() => [ChecklistScaleStepModel])
  scale!: ChecklistScaleStepModel[];

  @Field(() => [ChecklistDomainModel])
  domains!: ChecklistDomainModel[];

  @Field(() => [ChecklistItemModel])
  items!: ChecklistItemModel[];

  @Field(() => Int, { description: 'How many items the checklist has: what a complete review rates.' })
  itemCount!: number;

  @Field(() => [ChecklistSourceModel])
  sources!: ChecklistSourceModel[];

  @Field()
  publishedAt!: Date;

  static from(entity: ChecklistVersionEntity): ChecklistModel {
    // A published version never changes and the service keeps its entity, so its model is built once
    // (a reviewer's queue of 100 assignments would otherwise build 100 copies of 32 items).
    const built = builtModels.get(entity);
    if (built) return built;
    const model = ChecklistModel.build(entity);
    builtModels.set(entity, model);
    return model;
  }

  private static build(entity: ChecklistVersionEntity): ChecklistModel {
    const d: ChecklistDefinition = entity.definition;
    const sources = d.sources.map((s) => ({ id: s.id, citation: s.citation, url: s.url ?? null }));
    const byId = new Map(sources.map((s) => [s.id, s]));
    return Object.assign(new ChecklistModel(), {
      id: entity.id,
      key: entity.key,
      version: entity.label,
      title: entity.title,
      about: d.about ?? null,
      scoring: d.scoring ?? null,
      scale: d.scale,
      domains: d.domains,
      items: d.items.map((item) => ({ ...item, sources: item.sources.flatMap((id) => byId.get(id) ?? []) })),
      itemCount: d.items.length,
      sources,
      publishedAt: entity.publishedAt,
    });
  }
}

const builtModels = new WeakMap<ChecklistVersionEntity, ChecklistModel>();
