import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock, paginate, readsEverything } from '@abate/api/core';
import type { AuthUser, Page } from '@abate/api/core';
import { ReportingMilestoneEntity } from '@abate/api/awards';
import { MembershipEntity } from '@abate/api/organizations';
import { MilestonesArgs } from './dto/milestones.args';

/**
 * The same rule as milestoneStatus() in the shared calendar library, in SQL so
 * lists can filter on it: the report's status once sent, else the date where the
 * round is against the period's end and the due date.
 */
const STATUS_SQL = `CASE
  WHEN report.status IN ('SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED') THEN report.status
  WHEN (CAST(:now AS timestamptz) AT TIME ZONE round.time_zone)::date <= milestone.period_end THEN 'UPCOMING'
  WHEN (CAST(:now AS timestamptz) AT TIME ZONE round.time_zone)::date <= milestone.due_date THEN 'DUE'
  ELSE 'OVERDUE' END`;

@Injectable()
export class MilestonesService {
  constructor(
    @InjectRepository(ReportingMilestoneEntity) private readonly milestones: Repository<ReportingMilestoneEntity>,
    private readonly clock: Clock,
  ) {}

  /** Grantees: their organisations' milestones; officers and auditors: all. Ordered by due date. */
  list(actor: AuthUser, args: MilestonesArgs): Promise<Page<ReportingMilestoneEntity>> {
    const query = this.milestones
      .createQueryBuilder('milestone')
      .innerJoin('awards', 'award', 'award.id = milestone.award_id')
      .innerJoin('funding_rounds', 'round', 'round.id = award.round_id')
      .leftJoin('quarterly_reports', 'report', 'report.milestone_id = milestone.id')
      .setParameter('now', this.clock.now().toISOString());
    if (!readsEverything(actor)) {
      query.innerJoin(MembershipEntity, 'm', 'm.organization_id = award.organization_id AND m.user_id = :userId', { userId: actor.id });
    }
    if (args.status) query.andWhere(`${STATUS_SQL} = :status`, { status: args.status });
    if (args.dueBefore) query.andWhere('milestone.due_date < CAST(:dueBefore AS timestamptz)', { dueBefore: args.dueBefore.toISOString() });
    return paginate(query, args, { column: 'milestone.due_date', value: (m) => m.dueDate });
  }
}
