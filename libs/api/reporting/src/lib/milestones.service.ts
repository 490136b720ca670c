import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AppConfig, Clock, paginate, readsEverything } from '@abate/api/core';
import type { AuthUser, Page } from '@abate/api/core';
import { AwardsCreatedListener } from '@abate/api/awards';
import type { AwardEntity } from '@abate/api/awards';
import { OrganizationsService } from '@abate/api/organizations';
import { reportingSchedule } from '@abate/shared/calendar';
import { ReportingMilestoneEntity } from './entities/reporting-milestone.entity';
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

/** A report still owed, with what a reminder says about it (read by the jobs domain's reminder sweep). */
export interface OpenMilestone {
  id: string;
  kind: 'QUARTERLY' | 'FINAL';
  label: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  organizationId: string;
  organizationName: string;
  roundTitle: string;
  timeZone: string;
  reportStatus: string | null;
}

/** Reporting milestones: this domain owns them, schedules them when awards are created, and lists them. */
@Injectable()
export class MilestonesService extends AwardsCreatedListener {
  constructor(
    @InjectRepository(ReportingMilestoneEntity) private readonly milestones: Repository<ReportingMilestoneEntity>,
    private readonly organizations: OrganizationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** The reports each new award owes: each calendar quarter of the grant, then a final one (in the awards' transaction). */
  async awardsCreated(manager: EntityManager, awards: readonly AwardEntity[]): Promise<void> {
    const rows = awards.flatMap((award) =>
      reportingSchedule(award.startDate, award.endDate, { dueDays: this.config.REPORT_DUE_DAYS }).map((period) => ({
        awardId: award.id,
        ...period,
      })),
    );
    if (rows.length) await manager.insert(ReportingMilestoneEntity, rows);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ReportingMilestoneEntity>> {
    const rows = await this.milestones.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((m) => [m.id, m]));
  }

  /** Each award's milestones: quarterly reports in order, then the final report. */
  async ofAwards(awardIds: readonly string[]): Promise<Map<string, ReportingMilestoneEntity[]>> {
    const rows = await this.milestones.find({
      where: { awardId: In([...new Set(awardIds)]) },
      order: { kind: 'DESC', periodStart: 'ASC' },
    });
    const byAward = new Map<string, ReportingMilestoneEntity[]>(awardIds.map((id) => [id, []]));
    for (const row of rows) byAward.get(row.awardId)?.push(row);
    return byAward;
  }

  /**
   * Reports of ACTIVE awards without a submitted or accepted report (none yet, a draft,
   * or one sent back for changes) whose first reminder day (`daysBefore` the due date,
   * in the round's zone) has come. One read-only query over this domain's tables and
   * the awards, rounds and organizations it depends on (docs/architecture.md, decision
   * "Reads across tables").
   */
  openForReminders(now: Date, daysBefore: number): Promise<OpenMilestone[]> {
    return this.milestones.query(
      `SELECT m.id, m.kind, m.label,
              to_char(m.period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(m.period_end, 'YYYY-MM-DD') AS "periodEnd",
              to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.organization_id AS "organizationId", o.name AS "organizationName",
              r.title AS "roundTitle", r.time_zone AS "timeZone", q.status AS "reportStatus"
       FROM reporting_milestones m
       JOIN awards a ON a.id = m.award_id AND a.status = 'ACTIVE'
       JOIN funding_rounds r ON r.id = a.round_id
       JOIN organizations o ON o.id = a.organization_id
       LEFT JOIN quarterly_reports q ON q.milestone_id = m.id
       WHERE (q.id IS NULL OR q.status NOT IN ('SUBMITTED', 'ACCEPTED'))
         AND m.due_date - $2::int <= (CAST($1 AS timestamptz) AT TIME ZONE r.time_zone)::date
       ORDER BY m.due_date, o.name, m.id`,
      [now.toISOString(), daysBefore],
    );
  }

  /** Grantees: their organizations' milestones; officers and auditors: all. Ordered by due date. */
  async list(actor: AuthUser, args: MilestonesArgs): Promise<Page<ReportingMilestoneEntity>> {
    const query = this.milestones
      .createQueryBuilder('milestone')
      .innerJoin('awards', 'award', 'award.id = milestone.award_id')
      .innerJoin('funding_rounds', 'round', 'round.id = award.round_id')
      .leftJoin('quarterly_reports', 'report', 'report.milestone_id = milestone.id')
      .setParameter('now', this.clock.now().toISOString());
    if (!readsEverything(actor)) {
      query.andWhere('award.organization_id = ANY(CAST(:organizationIds AS uuid[]))', {
        organizationIds: await this.organizations.organizationIdsOfUser(actor.id),
      });
    }
    if (args.status) query.andWhere(`${STATUS_SQL} = :status`, { status: args.status });
    if (args.dueBefore)
      query.andWhere('milestone.due_date < CAST(:dueBefore AS timestamptz)', {
        dueBefore: args.dueBefore.toISOString(),
      });
    return paginate(query, args, { column: 'milestone.due_date', value: (m) => m.dueDate });
  }
}
