import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  AuditWriter,
  BadUserInputException,
  Clock,
  ConflictException,
  ForbiddenException,
  InvalidStateException,
  lockVersioned,
  NotFoundException,
  Transactions,
  versionedSave,
} from '@abate/api/core';
import type { AuthUser, ChangeRecorder } from '@abate/api/core';
import { AwardsService } from '@abate/api/awards';
import type { AwardEntity } from '@abate/api/awards';
import { ApplicationsService } from '@abate/api/applications';
import { OrganizationsService } from '@abate/api/organizations';
import { dateInZone, milestoneStatus } from '@abate/shared/calendar';
import type { MilestoneStatus } from '@abate/shared/calendar';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_KEYS, checkReport, spendingSummary } from '@abate/shared/metrics';
import type { CategorySpend, ReportCheck, SpendingLine } from '@abate/shared/metrics';
import { QuarterlyReportEntity } from './entities/quarterly-report.entity';
import { ReportSpendingEntity } from './entities/report-spending.entity';
import { ReportingMilestoneEntity } from './entities/reporting-milestone.entity';
import { ReportVersionEntity } from './entities/report-version.entity';
import { QuarterlyReportInput, ReportDecision } from './dto/report.input';
import { filesReports } from './reporting.policy';
import { fitsLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

/** What a report is checked against: the award, its approved budget per category, and what earlier reports spent. */
export interface ReportContext {
  award: AwardEntity;
  milestone: ReportingMilestoneEntity;
  budgetByCategory: Map<string, bigint>;
  previousSpending: Map<string, bigint>;
}

/** Only these warnings need the grantee's confirmation before submitting (the metrics file's rule). */
const CONFIRMABLE = new Set(['metrics.survivors_reached']);

/** The CONFLICT of a save or a submission sent with an old version. */
const stale = (now: number, sent: number) =>
  `This report was saved elsewhere since you loaded it (now version ${now}, you sent ${sent}); reload to continue`;

/** Spending lines are listed in the order of the budget categories. */
const CATEGORY_ORDER = new Map(BUDGET_CATEGORIES.map((c, i) => [c.key, i]));
const byCategory = (a: SpendingLine, b: SpendingLine) =>
  (CATEGORY_ORDER.get(a.category) ?? CATEGORY_ORDER.size) - (CATEGORY_ORDER.get(b.category) ?? CATEGORY_ORDER.size) ||
  a.category.localeCompare(b.category);

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(QuarterlyReportEntity) private readonly reports: Repository<QuarterlyReportEntity>,
    @InjectRepository(ReportVersionEntity) private readonly versions: Repository<ReportVersionEntity>,
    private readonly awards: AwardsService,
    private readonly applications: ApplicationsService,
    private readonly organizations: OrganizationsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** Creates the report on first save (version omitted), then partial updates under optimistic concurrency. */
  async save(
    actor: AuthUser,
    milestoneId: string,
    version: number | null | undefined,
    input: QuarterlyReportInput,
  ): Promise<QuarterlyReportEntity> {
    const milestone = await this.milestone(milestoneId);
    const award = await this.awards.get(actor, milestone.awardId);
    await this.assertGrantee(actor, award);
    input.spending?.forEach((line, i) => {
      if (!BUDGET_CATEGORY_KEYS.has(line.category))
        throw new BadUserInputException(`input.spending.${i}.category`, `${line.category} is not a budget category`);
    });
    return this.transactions.run(async (manager) => {
      const existing = await manager
        .getRepository(QuarterlyReportEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.milestone_id = :milestoneId', { milestoneId })
        .getOne();
      if (existing && version == null)
        throw new ConflictException('This report already exists: send its version to change it');
      // Under the report's lock: the spending lines as they stand, which this save merges into.
      const spendingBefore = existing ? ((await this.spendingOf([existing.id], manager)).get(existing.id) ?? []) : [];
      const merge = (report: QuarterlyReportEntity, change: ChangeRecorder<QuarterlyReportEntity>) => {
        if (report.status === 'SUBMITTED' || report.status === 'ACCEPTED')
          throw new InvalidStateException(`A ${report.status.toLowerCase()} report is read-only`);
        if (input.metrics) {
          const merged = new Map(report.metrics.map((m) => [m.key, m]));
          for (const m of input.metrics) merged.set(m.key, { key: m.key, value: m.value });
          change.note(
            'metrics',
            report.metrics.filter((m) => input.metrics?.some((given) => given.key === m.key)),
            input.metrics,
          );
          report.metrics = [...merged.values()];
        }
        if (input.spending)
          change.note(
            'spending',
            spendingBefore.filter((s) => input.spending?.some((given) => given.category === s.category)),
            input.spending,
          );
        if (input.narrative?.successes !== undefined) change.set('successes', input.narrative.successes ?? null);
        if (input.narrative?.challenges !== undefined) change.set('challenges', input.narrative.challenges ?? null);
        if (input.confirmedWarnings)
          change.set(
            'confirmedWarnings',
            input.confirmedWarnings.filter((w) => CONFIRMABLE.has(w)),
          );
      };
      if (existing) {
        // The version is checked before the state, as clients expect: a stale page reloads first.
        return versionedSave(manager, this.audit, {
          target: QuarterlyReportEntity,
          id: existing.id,
          expectedVersion: version as number,
          label: 'Quarterly report',
          stale,
          audit: { action: 'report.save', entityType: 'QuarterlyReport' },
          merge,
          children: (report) => this.writeSpending(manager, report.id, spendingBefore, input.spending),
        });
      }
      if (version != null) throw new NotFoundException('Quarterly report', 'milestoneId');
      // The first save creates the report: nothing to lock or compare yet.
      const created = manager.create(QuarterlyReportEntity, {
        milestoneId,
        awardId: award.id,
        status: 'DRAFT',
        metrics: [],
        confirmedWarnings: [],
      });
      const after: Record<string, unknown> = {};
      merge(created, {
        set: (key, value) => {
          after[key as string] = value;
          created[key] = value;
        },
        note: (key, _before, now) => {
          after[key] = now;
        },
      });
      const saved = await manager.save(created);
      await this.writeSpending(manager, saved.id, [], input.spending);
      await this.audit.record(manager, {
        action: 'report.save',
        entityType: 'QuarterlyReport',
        entityId: saved.id,
        after,
      });
      return saved;
    });
  }

  /** Only a report without errors (and with its confirmable warnings confirmed) submits; each submission is kept. */
  async submit(actor: AuthUser, reportId: string, version: number): Promise<QuarterlyReportEntity> {
    const current = await this.get(actor, reportId);
    const award = await this.awards.get(actor, current.awardId);
    await this.assertGrantee(actor, award);
    return this.transactions.run(async (manager) => {
      // The state first (a submitted report says so, whatever version was sent), then the version.
      const report = await lockVersioned(manager, QuarterlyReportEntity, reportId, version, 'Quarterly report', {
        field: 'reportId',
        check: (row) => {
          if (row.status === 'SUBMITTED' || row.status === 'ACCEPTED')
            throw new InvalidStateException(`This report is already ${row.status.toLowerCase()}`);
        },
        stale,
      });
      const context = await this.context(manager, report);
      const spending = (await this.spendingOf([reportId], manager)).get(reportId) ?? [];
      const check = this.check(report, spending, context);
      if (check.errors.length) {
        const [first] = check.errors;
        throw new BadUserInputException(
          first.field,
          `${check.errors.length} ${check.errors.length === 1 ? 'problem needs' : 'problems need'} fixing before you can submit. First: ${first.message}`,
        );
      }
      const unconfirmed = check.warnings.find(
        (w) => CONFIRMABLE.has(w.field) && !report.confirmedWarnings.includes(w.field),
      );
      if (unconfirmed)
        throw new BadUserInputException(
          unconfirmed.field,
          `Confirm this figure before submitting: ${unconfirmed.message}`,
        );
      const now = this.clock.now();
      const number = (await manager.count(ReportVersionEntity, { where: { reportId } })) + 1;
      await manager.insert(ReportVersionEntity, {
        reportId,
        number,
        metrics: report.metrics,
        spending,
        successes: report.successes,
        challenges: report.challenges,
        submittedAt: now,
        submittedBy: actor.id,
      });
      const before = { status: report.status };
      report.status = 'SUBMITTED';
      report.submittedAt = now;
      const saved = await manager.save(report);
      await this.audit.record(manager, {
        action: 'report.submit',
        entityType: 'QuarterlyReport',
        entityId: reportId,
        before,
        after: { status: saved.status, versionNumber: number },
      });
      return saved;
    });
  }

  /** The officer accepts or sends back with a note; accepting the final report closes the award. */
  async review(reportId: string, decision: ReportDecision, note: string | undefined): Promise<QuarterlyReportEntity> {
    const text = note?.trim() ?? '';
    if (decision === ReportDecision.REQUEST_CHANGES && !text)
      throw new BadUserInputException('note', 'Say what needs to change: the grantee reads this note');
    if (!fitsLimit(text, NARRATIVE_MAX_CHARS))
      throw new BadUserInputException('note', tooLongMessage('note', NARRATIVE_MAX_CHARS));
    return this.transactions.run(async (manager) => {
      const report = await this.lock(manager, reportId);
      if (report.status !== 'SUBMITTED') throw new InvalidStateException('Only a submitted report can be reviewed');
      const before = { status: report.status };
      report.status = decision === ReportDecision.ACCEPT ? 'ACCEPTED' : 'CHANGES_REQUESTED';
      report.reviewNote = text || null;
      report.reviewedAt = this.clock.now();
      const saved = await manager.save(report);
      await this.audit.record(manager, {
        action: 'report.review',
        entityType: 'QuarterlyReport',
        entityId: reportId,
        before,
        after: { status: saved.status, note: saved.reviewNote },
      });
      const milestone = await manager.findOneByOrFail(ReportingMilestoneEntity, { id: report.milestoneId });
      if (decision === ReportDecision.ACCEPT && milestone.kind === 'FINAL') {
        // The awards domain owns the award: it closes it, audited, in this transaction.
        await this.awards.close(manager, report.awardId);
      }
      return saved;
    });
  }

  async get(actor: AuthUser, id: string): Promise<QuarterlyReportEntity> {
    const report = await this.reports.findOne({ where: { id } });
    if (!report) throw new NotFoundException('Quarterly report', 'reportId');
    await this.awards.get(actor, report.awardId);
    return report;
  }

  async byMilestoneIds(ids: readonly string[]): Promise<Map<string, QuarterlyReportEntity>> {
    const rows = await this.reports.findBy({ milestoneId: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.milestoneId, r]));
  }

  async versionsOf(reportId: string): Promise<ReportVersionEntity[]> {
    return this.versions.find({ where: { reportId }, order: { number: 'ASC' } });
  }

  /** Errors, warnings and safeguard deviations of the report as it stands. */
  async checkOf(report: QuarterlyReportEntity): Promise<{ check: ReportCheck; spending: CategorySpend[] }> {
    const context = await this.context(this.reports.manager, report);
    const spending = (await this.spendingOf([report.id])).get(report.id) ?? [];
    return {
      check: this.check(report, spending, context),
      spending: spendingSummary(spending, context.budgetByCategory, context.previousSpending),
    };
  }

  /**
   * The spending lines of reports (working copies), by report id, in the order of the budget
   * categories; a report without any has none in the map. Other domains read spending here
   * (payments' comparison with what was paid).
   */
  async spendingOf(
    reportIds: readonly string[],
    manager: EntityManager = this.reports.manager,
  ): Promise<Map<string, SpendingLine[]>> {
    const found = new Map<string, SpendingLine[]>();
    if (!reportIds.length) return found;
    const rows = await manager.find(ReportSpendingEntity, { where: { reportId: In([...new Set(reportIds)]) } });
    for (const row of rows)
      found.set(row.reportId, [
        ...(found.get(row.reportId) ?? []),
        { category: row.category, amountCents: row.amountCents },
      ]);
    for (const lines of found.values()) lines.sort(byCategory);
    return found;
  }

  /** A milestone's status from the clock (the calendar date in the round's time zone) and its report. */
  status(milestone: ReportingMilestoneEntity, report: QuarterlyReportEntity | null, timeZone: string): MilestoneStatus {
    return milestoneStatus(milestone, report?.status ?? null, dateInZone(this.clock.now(), timeZone));
  }

  /** Time zones of the rounds of many awards, for milestone statuses. */
  timeZonesOfAwards(awardIds: readonly string[]): Promise<Map<string, string>> {
    return this.awards.timeZonesOf(awardIds);
  }

  private check(report: QuarterlyReportEntity, spending: SpendingLine[], context: ReportContext): ReportCheck {
    return checkReport({
      metrics: report.metrics,
      spending,
      awardCents: context.award.amountCents,
      budgetByCategory: context.budgetByCategory,
      previousSpending: context.previousSpending,
    });
  }

  private async context(manager: EntityManager, report: QuarterlyReportEntity): Promise<ReportContext> {
    const award = await this.awards.find(report.awardId, manager);
    const milestone = await manager.findOneByOrFail(ReportingMilestoneEntity, { id: report.milestoneId });
    // Only the approved budget: the whole application would bring every narrative (most of its size) on each save.
    const budgetLines = await this.applications.budgetLinesOf(award.applicationId, manager);
    const budgetByCategory = new Map<string, bigint>();
    for (const line of budgetLines)
      budgetByCategory.set(line.category, (budgetByCategory.get(line.category) ?? 0n) + line.amountCents);
    // Earlier quarters that were sent count towards cumulative spending; the final report restates the whole grant, so it is checked alone.
    const previousSpending = new Map<string, bigint>();
    if (milestone.kind === 'QUARTERLY') {
      const earlier: Array<{ category: string; amount: string }> = await manager
        .createQueryBuilder(ReportSpendingEntity, 's')
        .select('s.category', 'category')
        .addSelect('SUM(s.amount_cents)::text', 'amount')
        .innerJoin(QuarterlyReportEntity, 'r', 'r.id = s.report_id')
        .innerJoin(ReportingMilestoneEntity, 'm', 'm.id = r.milestone_id')
        .where('r.award_id = :awardId AND m.kind = :kind AND m.period_start < :start AND r.status IN (:...sent)', {
          awardId: award.id,
          kind: 'QUARTERLY',
          start: milestone.periodStart,
          sent: ['SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED'],
        })
        .groupBy('s.category')
        .getRawMany();
      for (const row of earlier) previousSpending.set(row.category, BigInt(row.amount));
    }
    return { award, milestone, budgetByCategory, previousSpending };
  }

  /**
   * Merges the given lines into a report's spending by category (the report is locked by the caller);
   * true when an amount changed or a category was added.
   */
  private async writeSpending(
    manager: EntityManager,
    reportId: string,
    before: SpendingLine[],
    given: ReadonlyArray<SpendingLine> | undefined,
  ): Promise<boolean> {
    if (!given?.length) return false;
    const was = new Map(before.map((s) => [s.category, s.amountCents]));
    const last = new Map(given.map((s) => [s.category, s.amountCents]));
    const changed = [...last].filter(([category, amount]) => was.get(category) !== amount);
    if (!changed.length) return false;
    await manager.upsert(
      ReportSpendingEntity,
      changed.map(([category, amountCents]) => ({ reportId, category, amountCents })),
      ['reportId', 'category'],
    );
    return true;
  }

  private async milestone(id: string): Promise<ReportingMilestoneEntity> {
    const found = await this.reports.manager.findOne(ReportingMilestoneEntity, { where: { id } });
    if (!found) throw new NotFoundException('Reporting milestone', 'milestoneId');
    return found;
  }

  private async lock(manager: EntityManager, id: string): Promise<QuarterlyReportEntity> {
    const row = await manager
      .getRepository(QuarterlyReportEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!row) throw new NotFoundException('Quarterly report', 'reportId');
    return row;
  }

  /** Reports are written by the grantee organization's members, not by officers. */
  private async assertGrantee(actor: AuthUser, award: AwardEntity): Promise<void> {
    if (!filesReports(actor) || !(await this.organizations.membershipRole(actor.id, award.organizationId))) {
      throw new ForbiddenException('Only the grantee organization’s members file its reports');
    }
  }
}
