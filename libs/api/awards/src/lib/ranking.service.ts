import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FingerprintCache } from '@abate/api/core';
import { ApplicationsService, ApplicationStatus } from '@abate/api/applications';
import type { ApplicationEntity } from '@abate/api/applications';
import { ChecklistsService } from '@abate/api/checklists';
import { RoundsService } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import { ReviewsService } from '@abate/api/reviews';
import { fundingLine, normalizedScores, safeguardFlags, summarizeApplication } from '@abate/shared/checklist';
import type {
  ApplicationScoreSummary,
  ChecklistDefinition,
  RankedRow,
  SafeguardFlag,
  SubmittedReview,
} from '@abate/shared/checklist';
import { FundingDecisionEntity } from './entities/funding-decision.entity';

export interface RankingRow extends RankedRow {
  application: ApplicationEntity;
  organizationName: string;
  rawScore: number | null;
  normalizedScore: number | null;
  reviewerCount: number;
  disagreements: string[];
  itemMeans: Map<string, number>;
  flags: SafeguardFlag[];
  decision: FundingDecisionEntity | null;
}

export interface RoundRanking {
  round: FundingRoundEntity;
  checklist: ChecklistDefinition;
  normalize: boolean;
  rows: RankingRow[];
  budgetCents: bigint;
  fundedCents: bigint;
  /** Sum of AWARD decisions so far. */
  awardedCents: bigint;
  reviews: SubmittedReview[];
}

interface ScoredReviews {
  reviews: SubmittedReview[];
  normalized: Map<string, number | null>;
  summaryOf: Map<string, ApplicationScoreSummary>;
}

const SCORED_ROUNDS_KEPT = 16;
/** Whole rankings kept: a round's raw and normalized ones for the few rounds in review at a time. */
const RANKINGS_KEPT = 32;

/**
 * What a ranking is built from, as one short string read in one query: the round's row
 * (budget, award range, checklist), the ranked applications and their organizations (names),
 * the submitted reviews and the decisions. Each part is the rows' count and the sum of
 * their xmin (the id of the transaction that last wrote each row), so any insert, update or
 * delete changes it, however it was written, and a rolled-back change leaves it as it was.
 */
const RANKING_FINGERPRINT_SQL = `
SELECT concat_ws('|',
  (SELECT xmin::text || ':' || checklist_version_id FROM funding_rounds WHERE id = $1),
  (SELECT count(*) || ':' || coalesce(sum(a.xmin::text::bigint), 0) || ':' || coalesce(sum(o.xmin::text::bigint), 0)
     FROM applications a JOIN organizations o ON o.id = a.organization_id
    WHERE a.round_id = $1 AND a.status = ANY($2)),
  (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM review_assignments WHERE round_id = $1 AND status = 'SUBMITTED'),
  (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM funding_decisions WHERE round_id = $1)
) AS fingerprint`;

/** The applications a round ranks: submitted ones, and those already decided. */
const RANKED = [ApplicationStatus.SUBMITTED, ApplicationStatus.AWARDED, ApplicationStatus.DECLINED];

@Injectable()
export class RankingService {
  private readonly scoredCache = new FingerprintCache<ScoredReviews>(SCORED_ROUNDS_KEPT);
  private readonly rankings = new FingerprintCache<RoundRanking>(RANKINGS_KEPT);

  constructor(
    private readonly applicationsService: ApplicationsService,
    @InjectRepository(FundingDecisionEntity) private readonly decisions: Repository<FundingDecisionEntity>,
    private readonly rounds: RoundsService,
    private readonly checklists: ChecklistsService,
    private readonly organizations: OrganizationsService,
    private readonly reviews: ReviewsService,
  ) {}

  /**
   * The ranking as `ranking` builds it, kept whole per round and normalization while its
   * fingerprint (one small query on every call) is unchanged: a new review, decision,
   * application or name shows at once, on every API process. The answer is the same for
   * every reader allowed to read a ranking; callers must not change it.
   */
  async cachedRanking(roundId: string, normalize = false): Promise<RoundRanking> {
    const [row]: Array<{ fingerprint: string }> = await this.decisions.manager.query(RANKING_FINGERPRINT_SQL, [
      roundId,
      RANKED,
    ]);
    return this.rankings.get(`${roundId}:${normalize}`, row?.fingerprint ?? '', () => this.ranking(roundId, normalize));
  }

  /**
   * Scores every ranked application from its submitted reviews (raw, and
   * normalized per reviewer), orders them (the tie rule is in the shared
   * library) and draws the funding line with the round's budget.
   */
  async ranking(roundId: string, normalize = false): Promise<RoundRanking> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    const checklist = (await this.checklists.byId(round.checklistVersionId)).definition;
    const [apps, scored, decisions] = await Promise.all([
      // Without the narratives: a 1,000-application round would read and parse ~12 MB of them per ranking.
      this.applicationsService.ofRoundWithoutResponses(roundId, RANKED),
      this.scoredReviews(roundId, checklist),
      this.decisions.find({ where: { roundId } }),
    ]);
    const { reviews, normalized, summaryOf } = scored;
    const organizations = await this.organizations.byIds(apps.map((a) => a.organizationId));
    const summaries = new Map<string, ApplicationScoreSummary>(
      apps.map((a) => [a.id, summaryOf.get(a.id) ?? summarizeApplication(checklist.items, a.id, [])]),
    );
    const decisionOf = new Map(decisions.map((d) => [d.applicationId, d]));

    const line = fundingLine(
      apps.map((a) => {
        const summary = summaries.get(a.id)!;
        return {
          applicationId: a.id,
          score: normalize ? (normalized.get(a.id) ?? null) : summary.score,
          spread: summary.spread,
          requestedCents: a.requestedCents ?? 0n,
          criticalGaps: summary.criticalGaps,
          submittedAt: a.submittedAt ?? a.createdAt,
          trackingId: a.trackingId ?? '',
        };
      }),
      round.budgetCents,
      round.maxAwardCents,
    );
    const appById = new Map(apps.map((a) => [a.id, a]));
    const rows: RankingRow[] = line.rows.map((row) => {
      const application = appById.get(row.applicationId)!;
      const summary = summaries.get(row.applicationId)!;
      return {
        ...row,
        application,
        organizationName: organizations.get(application.organizationId)?.name ?? '',
        rawScore: summary.score,
        normalizedScore: normalized.get(row.applicationId) ?? null,
        reviewerCount: summary.reviewerCount,
        disagreements: summary.disagreements,
        itemMeans: summary.itemMeans,
        flags: safeguardFlags(application, checklist),
        decision: decisionOf.get(row.applicationId) ?? null,
      };
    });
    const awardedCents = decisions.reduce((sum, d) => sum + (d.decision === 'AWARD' ? (d.amountCents ?? 0n) : 0n), 0n);
    return {
      round,
      checklist,
      normalize,
      rows,
      budgetCents: line.budgetCents,
      fundedCents: line.fundedCents,
      awardedCents,
      reviews,
    };
  }

  /**
   * The round's submitted reviews with every application's score summary and the
   * normalized scores. They change only when a review is submitted (reviews are
   * final then), yet a 1,000-application round has 4,000 of them and the maths
   * over them is most of a ranking's time, so they are kept per round and reused
   * while the round's reviews are unchanged: a one-row query (their count and
   * latest change) tells, so every replica sees a new review at once.
   */
  private async scoredReviews(roundId: string, checklist: ChecklistDefinition): Promise<ScoredReviews> {
    const [{ fingerprint }]: Array<{ fingerprint: string }> = await this.decisions.manager.query(
      `SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') AS fingerprint FROM review_assignments WHERE round_id = $1 AND status = 'SUBMITTED'`,
      [roundId],
    );
    // One computation per round, its reviews' fingerprint and its checklist's version: concurrent
    // rankings of a cold round wait for it instead of each doing it.
    return this.scoredCache.get(roundId, `${fingerprint}|${checklist.key}@${checklist.version}`, () =>
      this.score(roundId, checklist),
    );
  }

  private async score(roundId: string, checklist: ChecklistDefinition): Promise<ScoredReviews> {
    const reviews = await this.reviews.submittedReviewsOfRound(roundId);
    const byApp = new Map<string, SubmittedReview[]>();
    for (const review of reviews) {
      const list = byApp.get(review.applicationId);
      if (list) list.push(review);
      else byApp.set(review.applicationId, [review]);
    }
    return {
      reviews,
      normalized: normalizedScores(checklist.items, reviews),
      summaryOf: new Map(
        [...byApp].map(([applicationId, own]) => [
          applicationId,
          summarizeApplication(checklist.items, applicationId, own),
        ]),
      ),
    };
  }
}
