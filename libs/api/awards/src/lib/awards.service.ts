import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditWriter, ForbiddenException, NotFoundException, paginate, readsEverything } from '@abate/api/core';
import type { AuthUser, Page, PageArgs } from '@abate/api/core';
import { OrganizationsService } from '@abate/api/organizations';
import { AwardEntity } from './entities/award.entity';

/** Awards: grantees read their own organization's, officers and auditors all; closing one is this domain's write. */
@Injectable()
export class AwardsService {
  constructor(
    @InjectRepository(AwardEntity) private readonly awards: Repository<AwardEntity>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: AuthUser, args: PageArgs & { roundId?: string }): Promise<Page<AwardEntity>> {
    const query = this.awards.createQueryBuilder('award');
    if (!readsEverything(actor)) {
      query.andWhere('award.organization_id = ANY(CAST(:organizationIds AS uuid[]))', {
        organizationIds: await this.organizations.organizationIdsOfUser(actor.id),
      });
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
    if (!(await this.organizations.membershipRole(actor.id, award.organizationId)))
      throw new ForbiddenException('This award belongs to another organization');
  }

  async byIds(ids: readonly string[]): Promise<Map<string, AwardEntity>> {
    const rows = await this.awards.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((a) => [a.id, a]));
  }

  /** One award, without an access check (the caller has checked), inside the caller's transaction when given. */
  find(id: string, manager: EntityManager = this.awards.manager): Promise<AwardEntity> {
    return manager.findOneByOrFail(AwardEntity, { id });
  }

  /**
   * Closes an active award (the reporting domain calls it when the final report is
   * accepted), audited in the caller's transaction. Closing a closed award changes nothing.
   */
  async close(manager: EntityManager, id: string): Promise<void> {
    const result = await manager.update(AwardEntity, { id, status: 'ACTIVE' }, { status: 'CLOSED' });
    if (result.affected)
      await this.audit.record(manager, {
        action: 'award.close',
        entityType: 'Award',
        entityId: id,
        before: { status: 'ACTIVE' },
        after: { status: 'CLOSED' },
      });
  }

  /**
   * Awards of a round (all rounds when null) with the organization, the application's
   * program (not its narratives, most of its size) and the round loaded: the portfolio's
   * and the public page's one read of awards.
   */
  withDetails(roundId: string | null): Promise<AwardEntity[]> {
    const query = this.awards
      .createQueryBuilder('award')
      .innerJoin('award.organization', 'org')
      .addSelect(['org.id', 'org.name', 'org.kind', 'org.state', 'org.fipsCode'])
      .innerJoin('award.application', 'app')
      .addSelect(['app.id', 'app.title', 'app.summary', 'app.targets', 'app.budgetLines'])
      .innerJoin('award.round', 'round')
      .addSelect(['round.id', 'round.title', 'round.timeZone', 'round.grantStart']);
    if (roundId) query.where('award.round_id = :roundId', { roundId });
    return query.getMany();
  }

  /** The time zone of each award's round (its reporting calendar). */
  async timeZonesOf(awardIds: readonly string[]): Promise<Map<string, string>> {
    if (!awardIds.length) return new Map();
    const rows: Array<{ id: string; time_zone: string }> = await this.awards
      .createQueryBuilder('award')
      .select('award.id', 'id')
      .addSelect('round.time_zone', 'time_zone')
      .innerJoin('award.round', 'round')
      .where({ id: In([...new Set(awardIds)]) })
      .getRawMany();
    return new Map(rows.map((r) => [r.id, r.time_zone]));
  }
}
