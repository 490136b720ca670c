import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { InjectRepository } from '@nestjs/typeorm';
import { GqlContext, requestLoader } from '@abate/api/core';
import { ApplicationsLoader } from '@abate/api/applications';
import { AwardEntity } from './entities/award.entity';
import { AwardsService } from './awards.service';

/**
 * Awards by id, batched per request, for other domains' fields that show an award (a payment
 * request's, a report's). `prime` reads a page's awards with their organizations and rounds in
 * one query and hands them to the per-request loaders `award.organization` and `award.round`
 * read, so a list of 25 rows asks PostgreSQL once instead of three times.
 */
@Injectable()
export class AwardsLoader {
  constructor(
    @InjectRepository(AwardEntity) private readonly awards: Repository<AwardEntity>,
    private readonly service: AwardsService,
    private readonly applications: ApplicationsLoader,
  ) {}

  private loader(context: GqlContext) {
    return requestLoader(context, 'award-by-id', async (ids: readonly string[]) => {
      const found = await this.service.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Award ${id} not found`));
    });
  }

  award(context: GqlContext, id: string): Promise<AwardEntity> {
    return this.loader(context).load(id);
  }

  async prime(context: GqlContext, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const rows = await this.awards.find({
      where: { id: In([...new Set(ids)]) },
      relations: { organization: true, round: true },
    });
    const loader = this.loader(context);
    for (const award of rows) {
      const { organization, round } = award;
      delete award.organization;
      delete award.round;
      loader.prime(award.id, award);
      if (organization) this.applications.primeOrganization(context, organization);
      if (round) this.applications.primeRound(context, round);
    }
  }
}
