import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ForbiddenException, NotFoundException, paginate, readsEverything } from '@abate/api/core';
import type { AuthUser, Page, PageArgs } from '@abate/api/core';
import { MembershipEntity, OrganizationsService } from '@abate/api/organizations';
import { AwardEntity } from './entities/award.entity';
import { ReportingMilestoneEntity } from './entities/reporting-milestone.entity';


/** Reading awards and their milestones: grantees their own organisation's, officers and auditors all. */
@Injectable()
export class AwardsService {
  constructor(
    @InjectRepository(AwardEntity) private readonly awards: Repository<AwardEntity>,
    @InjectRepository(ReportingMilestoneEntity) private readonly milestones: Repository<ReportingMilestoneEntity>,
    private readonly organizations: OrganizationsService,
  ) {}

  list(actor: AuthUser, args: PageArgs & { roundId?: string }): Promise<Page<AwardEntity>> {
    const query = this.awards.createQueryBuilder('award');
    if (!readsEverything(actor)) {
      query.innerJoin(MembershipEntity, 'm', 'm.organization_id = award.organization_id AND m.user_id = :userId', { userId: actor.id });
    }
    if (args.roundId) query.andWhere('award.round_id = :roundId', { roundId: args.roundId });
    return paginate(query, args, { column: 'award.created_at', value: (a) => a.createdAt.toISOString() });
  }

  async get(actor: AuthUser, id: string): Promise<AwardEntity> {
    const award = await this.awards.findOne({ where: { id } });
    if (!award) throw new NotFoundException('Award', 'id');
    await this.assertReadable(actor, award);
    return award;
  }

  async assertReadable(actor: AuthUser, award: AwardEntity): Promise<void> {
    if (readsEverything(actor)) return;
    if (!(await this.organizations.membershipRole(actor.id, award.organizationId))) throw new ForbiddenException('This award belongs to another organisation');
  }

  async byIds(ids: readonly string[]): Promise<Map<string, AwardEntity>> {
    const rows = await this.awards.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((a) => [a.id, a]));
  }

  async milestonesByIds(ids: readonly string[]): Promise<Map<string, ReportingMilestoneEntity>> {
    const rows = await this.milestones.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((m) => [m.id, m]));
  }

  async milestonesOf(awardIds: readonly string[]): Promise<Map<string, ReportingMilestoneEntity[]>> {
    const rows = await this.milestones.find({ where: { awardId: In([...new Set(awardIds)]) }, order: { kind: 'DESC', periodStart: 'ASC' } });
    const byAward = new Map<string, ReportingMilestoneEntity[]>(awardIds.map((id) => [id, []]));
    for (const row of rows) byAward.get(row.awardId)?.push(row);
    return byAward;
  }
}
