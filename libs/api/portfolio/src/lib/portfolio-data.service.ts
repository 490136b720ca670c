import { parseCents } from '@abate/shared/money';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundException } from '@abate/api/core';
import { AwardsService } from '@abate/api/awards';
import type { AwardEntity } from '@abate/api/awards';
import { RoundsService } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import type { ReportState } from '@abate/api/reporting';
import type { BudgetLine, OutcomeTarget } from '@abate/shared/checklist';

/** An award with what the portfolio and the public page show beside it, read in one query. */
export interface PortfolioAward {
  entity: AwardEntity;
  roundTitle: string;
  timeZone: string;
  organizationName: string;
  organizationKind: string;
  state: string;
  fipsCode: string;
  programTitle: string | null;
  programSummary: string | null;
  targets: OutcomeTarget[];
  budgetLines: BudgetLine[];
}

/** One metric of one counted quarterly report. */
export interface ReportedMetric {
  awardId: string;
  /** The milestone's label: "2027 Q1". */
  quarter: string;
  key: string;
  value: number;
}

/** Spending of one award in one budget category, summed over its counted quarterly reports. */
export interface ReportedSpending {
  awardId: string;
  category: string;
  amountCents: bigint;
}

/** A milestone whose due date may have passed and that has no submitted or accepted report. */
export interface OpenMilestone {
  milestoneId: string;
  awardId: string;
  kind: 'QUARTERLY' | 'FINAL';
  label: string;
  dueDate: string;
  reportStatus: ReportState | null;
}

/**
 * The reports that count towards outcomes: submitted or accepted ones (their
 * working copy is read-only then, so it is the latest content), of QUARTERLY
 * milestones only; the final report restates the whole grant and would count
 * everything twice.
 */
/**
 * The awards of one round as an array the planner cannot see into: joined to
 * awards by round_id, it estimates a round's reports as a large share of the
 * table and reads all 30,000 (wide, JSON-carrying) rows in a sequential scan
 * (~100 ms); with `= ANY(ARRAY(...))` it takes the award_id indexes (~5 ms).
 */
const AWARDS_OF_ROUND = (param: string) => `ANY(ARRAY(SELECT id FROM awards WHERE round_id = ${param}))`;

// localeCompare with a locale builds a collator on every call (5,000 awards sort in ~60,000 comparisons): one, made once.
const byName = new Intl.Collator('en');

const COUNTED = `m.kind = 'QUARTERLY' AND r.status IN ('SUBMITTED', 'ACCEPTED')`;

/**
 * The reads behind the portfolio dashboard and the public page: a handful of
 * set-based queries for a round (or every round), never one per award or report.
 * Callers decide who may see what; this service does no access control.
 */
@Injectable()
export class PortfolioDataService {
  constructor(
    private readonly awardsService: AwardsService,
    private readonly rounds: RoundsService,
    // Read-only SQL over the reporting tables (docs/architecture.md, decision "Reads across tables").
    private readonly dataSource: DataSource,
  ) {}

  /** The round, or NOT_FOUND; `publishedOnly` also hides drafts (the public must not learn that one exists). */
  async round(roundId: string, options: { publishedOnly?: boolean } = {}): Promise<FundingRoundEntity> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true }).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!round || (options.publishedOnly && round.stage === 'DRAFT'))
      throw new NotFoundException('Funding round', 'roundId');
    return round;
  }

  /** Awards of the round (all rounds when null), with organization, application and round details. */
  async awardsOf(roundId: string | null): Promise<PortfolioAward[]> {
    const rows = await this.awardsService.withDetails(roundId);
    const awards = rows.map((row) => ({
      entity: row,
      roundTitle: row.round!.title,
      timeZone: row.round!.timeZone,
      organizationName: row.organization!.name,
      organizationKind: row.organization!.kind,
      state: row.organization!.state,
      fipsCode: row.organization!.fipsCode,
      programTitle: row.application!.title,
      programSummary: row.application!.summary,
      targets: row.application!.targets ?? [],
      budgetLines: row.application!.budgetLines ?? [],
    }));
    // Rounds in grant order, then organizations by name: the order people read a portfolio in.
    const grantStart = new Map(rows.map((row) => [row.id, row.round!.grantStart]));
    return awards.sort(
      (a, b) =>
        grantStart.get(a.entity.id)!.localeCompare(grantStart.get(b.entity.id)!) ||
        a.roundTitle.localeCompare(b.roundTitle) ||
        byName.compare(a.organizationName, b.organizationName) ||
        a.entity.id.localeCompare(b.entity.id),
    );
  }

  /**
   * Every metric value of every counted report. The reports' JSON is unnested
   * here rather than in the database: jsonb_to_recordset and the sort of one row
   * per metric (19 per report) took a round's ~1,000 reports from ~12 ms to ~100 ms.
   */
  async reportedMetrics(roundId: string | null): Promise<ReportedMetric[]> {
    const reports: Array<{
      awardId: string;
      quarter: string;
      metrics: Array<{ key?: unknown; value?: unknown }> | null;
    }> = await this.dataSource.query(
      `SELECT r.award_id AS "awardId", m.label AS "quarter", r.metrics AS "metrics"
         FROM quarterly_reports r
         JOIN reporting_milestones m ON m.id = r.milestone_id
        WHERE ${COUNTED} ${roundId ? `AND r.award_id = ${AWARDS_OF_ROUND('$1')}` : ''}
        ORDER BY m.label, r.award_id`,
      roundId ? [roundId] : [],
    );
    const rows: ReportedMetric[] = [];
    for (const { awardId, quarter, metrics } of reports) {
      for (const metric of Array.isArray(metrics) ? metrics : []) {
        if (typeof metric?.key !== 'string' || metric.value === null || metric.value === undefined) continue;
        const value = Number(metric.value);
        if (Number.isFinite(value)) rows.push({ awardId, quarter, key: metric.key, value });
      }
    }
    return rows;
  }

  /**
   * Every quarterly milestone of the round's awards (every round when null) with its report's
   * status, acceptance time and metrics: the public page decides from these which quarters are final.
   */
  async quarterlyReportFacts(roundId: string | null): Promise<
    Array<{
      roundId: string;
      awardId: string;
      quarter: string;
      dueDate: string;
      status: string | null;
      reviewedAt: Date | null;
      metrics: Array<{ key?: unknown; value?: unknown }> | null;
    }>
  > {
    return this.dataSource.query(
      `SELECT a.round_id AS "roundId", m.award_id AS "awardId", m.label AS "quarter", m.due_date::text AS "dueDate",
              r.status AS "status", r.reviewed_at AS "reviewedAt", CASE WHEN r.status = 'ACCEPTED' THEN r.metrics END AS "metrics"
         FROM reporting_milestones m
         JOIN awards a ON a.id = m.award_id
         LEFT JOIN quarterly_reports r ON r.milestone_id = m.id
        WHERE m.kind = 'QUARTERLY' ${roundId ? 'AND a.round_id = $1' : ''}
        ORDER BY m.label, m.award_id`,
      roundId ? [roundId] : [],
    );
  }

  /** Spending per award and budget category, summed over the counted reports in the database. */
  async reportedSpending(roundId: string | null): Promise<ReportedSpending[]> {
    // Summed as numeric (exact) and read as its text: never through a float.
    const rows: Array<{ awardId: string; category: string; amountCents: string }> = await this.dataSource.query(
      `SELECT r.award_id AS "awardId", s.category AS "category", SUM(s.amount_cents)::text AS "amountCents"
         FROM quarterly_reports r
         JOIN reporting_milestones m ON m.id = r.milestone_id
         JOIN report_spending s ON s.report_id = r.id
        WHERE ${COUNTED} ${roundId ? `AND r.award_id = ${AWARDS_OF_ROUND('$1')}` : ''}
        GROUP BY r.award_id, s.category`,
      roundId ? [roundId] : [],
    );
    return rows.map((row) => ({ ...row, amountCents: parseCents(row.amountCents) }));
  }

  /**
   * Milestones due before `dueBefore` (any of both kinds) without a SUBMITTED or
   * ACCEPTED report: a draft, a report sent back for changes, or none at all.
   * The caller narrows this to those past due in each round's own time zone.
   */
  async unsentMilestones(roundId: string | null, dueBefore: string): Promise<OpenMilestone[]> {
    return this.dataSource.query(
      `SELECT m.id AS "milestoneId", m.award_id AS "awardId", m.kind AS "kind", m.label AS "label",
              m.due_date::text AS "dueDate", r.status AS "reportStatus"
         FROM reporting_milestones m
         LEFT JOIN quarterly_reports r ON r.milestone_id = m.id
        WHERE m.due_date < $1::date AND (r.status IS NULL OR r.status NOT IN ('SUBMITTED', 'ACCEPTED'))
              ${roundId ? `AND m.award_id = ${AWARDS_OF_ROUND('$2')}` : ''}
        ORDER BY m.due_date, m.kind DESC, m.label`,
      roundId ? [dueBefore, roundId] : [dueBefore],
    );
  }
}
