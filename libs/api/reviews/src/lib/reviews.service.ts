import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  BadUserInputException,
  decodeCursor,
  encodeCursor,
  ForbiddenException,
  NotFoundException,
  readsEverything,
} from '@abate/api/core';
import type { AuthUser, Page } from '@abate/api/core';
import { OrganizationsService } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import type { SubmittedReview } from '@abate/shared/checklist';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';

/** An assignment read for a list: `scores` and `overallComment` are not loaded (see ReviewsService.summaries). */
export interface AssignmentSummary {
  entity: Omit<ReviewAssignmentEntity, 'scores' | 'overallComment'>;
  ratedCount: number;
}

/** One row of the reviewer's queue as one statement reads it: the assignment, its applicant's name. */
export interface QueuedAssignment extends AssignmentSummary {
  organizationName: string;
}

export interface ReviewQueueQuery {
  roundId?: string;
  status?: AssignmentStatus;
  first: number;
  after?: string;
}

interface QueueRow {
  total_count: number;
  id: string | null;
  status: AssignmentStatus;
  version: number;
  application_id: string;
  conflict_explanation: string | null;
  declared_at: Date | null;
  submitted_at: Date | null;
  round_id: string;
  reviewer_id: string;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
  rated_count: number;
  organization_name: string;
}

/**
 * A page of the caller's queue and its total in one statement, read as plain rows (no entity
 * hydration): the assignment without its ratings and comments (their count only), and the
 * applicant organization's name (the only thing a reviewer sees before declaring). The
 * cursor carries created_at as PostgreSQL prints it (microseconds kept).
 */
const QUEUE_SQL = `
WITH mine AS (
  SELECT a.id FROM review_assignments a
  WHERE a.reviewer_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2::uuid) AND ($3::text IS NULL OR a.status = $3::text)
)
SELECT t.total_count, p.* FROM (SELECT count(*)::int AS total_count FROM mine) t
LEFT JOIN LATERAL (
  SELECT a.id, a.status, a.version, a.application_id, a.conflict_explanation, a.declared_at, a.submitted_at,
         a.round_id, a.reviewer_id, a.created_at, a.updated_at, a.created_at::text AS cursor_at,
         jsonb_array_length(a.scores) AS rated_count, o.name AS organization_name
  FROM review_assignments a
  JOIN applications ap ON ap.id = a.application_id
  JOIN organizations o ON o.id = ap.organization_id
  WHERE a.id IN (SELECT id FROM mine)
    AND ($4::timestamptz IS NULL OR (a.created_at, a.id) > ($4::timestamptz, $5::uuid))
  ORDER BY a.created_at, a.id
  LIMIT $6
) p ON true`;

export interface ReviewerLoad {
  reviewer: UserEntity;
  assigned: number;
  submitted: number;
  conflicted: number;
}

/**
 * Reading reviews: a reviewer's queue, a round's assignments and loads, one assignment, and what
 * ranking needs. The writes are one service per use case beside it: AssignReviewersService,
 * DeclareConflictService, ScoreReviewService, SubmitReviewService (and ReviewVisibilityService
 * for who may read submitted reviews).
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectRepository(ReviewAssignmentEntity) private readonly assignments: Repository<ReviewAssignmentEntity>,
    private readonly organizations: OrganizationsService,
  ) {}

  async mine(actor: AuthUser, roundId?: string): Promise<AssignmentSummary[]> {
    return this.summaries(roundId ? { reviewerId: actor.id, roundId } : { reviewerId: actor.id });
  }

  /** One page of the caller's queue (oldest assignment first), with the total; see QUEUE_SQL. */
  async queue(actor: AuthUser, query: ReviewQueueQuery): Promise<Page<QueuedAssignment>> {
    const [cursorAt, cursorId] = query.after ? (decodeCursor(query.after, 2) as [string, string]) : [null, null];
    const rows: QueueRow[] = await this.assignments
      .query(QUEUE_SQL, [actor.id, query.roundId ?? null, query.status ?? null, cursorAt, cursorId, query.first + 1])
      .catch((error: unknown) => {
        // A crafted cursor whose first value is no timestamp: PostgreSQL's data exceptions (class 22).
        if (query.after && /^22/.test(String((error as { code?: unknown })?.code ?? '')))
          throw new BadUserInputException('after', 'after is not a cursor this list returned');
        throw error;
      });
    const found = rows.filter((r) => r.id !== null);
    const page = found.slice(0, query.first);
    const last = page.at(-1);
    return {
      totalCount: rows[0]?.total_count ?? 0,
      pageInfo: {
        hasNextPage: found.length > query.first,
        endCursor: last ? encodeCursor([last.cursor_at, last.id!]) : null,
      },
      nodes: page.map((r) => ({
        entity: {
          id: r.id!,
          status: r.status,
          version: r.version,
          applicationId: r.application_id,
          conflictExplanation: r.conflict_explanation,
          declaredAt: r.declared_at,
          submittedAt: r.submitted_at,
          roundId: r.round_id,
          reviewerId: r.reviewer_id,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        },
        ratedCount: Number(r.rated_count),
        organizationName: r.organization_name,
      })),
    };
  }

  async forRound(roundId: string): Promise<AssignmentSummary[]> {
    return this.summaries({ roundId });
  }

  /** Whole assignments, ratings and comments included, by id (for summaries whose ratings a query asks for). */
  async byIds(ids: readonly string[]): Promise<Map<string, ReviewAssignmentEntity>> {
    const rows = await this.assignments.find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Lists of assignments without their ratings and comments, which are most of a submitted
   * review's size (a queue of 100 reviews carried 300 KB of them to show a count): the
   * database counts the ratings, and the GraphQL fields load them when a query asks.
   */
  private async summaries(where: { reviewerId?: string; roundId?: string }): Promise<AssignmentSummary[]> {
    const columns = this.assignments.metadata.columns.filter(
      (c) => c.propertyName !== 'scores' && c.propertyName !== 'overallComment',
    );
    const query = this.assignments
      .createQueryBuilder('a')
      .select(columns.map((c) => `a.${c.propertyPath}`))
      .addSelect('jsonb_array_length(a.scores)', 'rated_count')
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (where.reviewerId) query.andWhere('a.reviewer_id = :reviewerId', { reviewerId: where.reviewerId });
    if (where.roundId) query.andWhere('a.round_id = :roundId', { roundId: where.roundId });
    const { entities, raw } = await query.getRawAndEntities<{ rated_count: number }>();
    return entities.map((entity, i) => ({ entity, ratedCount: Number(raw[i].rated_count) }));
  }

  async get(actor: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const assignment = await this.assignments.findOne({ where: { id } });
    if (!assignment) throw new NotFoundException('Review assignment', 'assignmentId');
    if (assignment.reviewerId !== actor.id && !readsEverything(actor))
      throw new ForbiddenException('This assignment belongs to another reviewer');
    return assignment;
  }

  async loads(roundId: string): Promise<ReviewerLoad[]> {
    const rows: Array<{ reviewer_id: string; assigned: number; submitted: number; conflicted: number }> =
      await this.assignments
        .createQueryBuilder('a')
        .select('a.reviewer_id', 'reviewer_id')
        .addSelect(`count(*) FILTER (WHERE a.status <> 'CONFLICTED')::int`, 'assigned')
        .addSelect(`count(*) FILTER (WHERE a.status = 'SUBMITTED')::int`, 'submitted')
        .addSelect(`count(*) FILTER (WHERE a.status = 'CONFLICTED')::int`, 'conflicted')
        .where('a.round_id = :roundId', { roundId })
        .groupBy('a.reviewer_id')
        .getRawMany();
    const users = new Map((await this.organizations.usersByIds(rows.map((r) => r.reviewer_id))).map((u) => [u.id, u]));
    return rows
      .flatMap((r) =>
        users.has(r.reviewer_id)
          ? [
              {
                reviewer: users.get(r.reviewer_id)!,
                assigned: r.assigned,
                submitted: r.submitted,
                conflicted: r.conflicted,
              },
            ]
          : [],
      )
      .sort((x, y) => x.reviewer.name.localeCompare(y.reviewer.name));
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.organizations.usersByIds(ids);
  }

  /** Reviews still needed per application: the round's reviewersPerApplication less active assignments. */
  async stillNeeded(applicationIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ application_id: string; active: number; per: number }> = await this.assignments.manager
      .createQueryBuilder()
      .select('app.id', 'application_id')
      .addSelect('round.reviewers_per_application', 'per')
      .addSelect(
        `(SELECT count(*)::int FROM review_assignments a WHERE a.application_id = app.id AND a.status <> 'CONFLICTED')`,
        'active',
      )
      .from('applications', 'app')
      .innerJoin('funding_rounds', 'round', 'round.id = app.round_id')
      .where('app.id IN (:...ids)', { ids: [...applicationIds] })
      .getRawMany();
    return new Map(rows.map((r) => [r.application_id, Math.max(0, r.per - r.active)]));
  }

  /** The submitted reviews of a round that count: not conflicted (a conflict is never SUBMITTED). */
  async submittedReviewsOfRound(roundId: string): Promise<SubmittedReview[]> {
    // Only the ratings: a 1,000-application round has 4,000 reviews, and their comments are most of each row.
    const rows: Array<{ reviewer_id: string; application_id: string; ratings: Array<[string, number]> | null }> =
      await this.assignments
        .createQueryBuilder('a')
        .select('a.reviewer_id', 'reviewer_id')
        .addSelect('a.application_id', 'application_id')
        .addSelect(
          `(SELECT jsonb_agg(jsonb_build_array(s->>'itemKey', s->'rating')) FROM jsonb_array_elements(a.scores) s)`,
          'ratings',
        )
        .where('a.round_id = :roundId AND a.status = :status', { roundId, status: AssignmentStatus.SUBMITTED })
        .getRawMany();
    return rows.map((a) => ({
      reviewerId: a.reviewer_id,
      applicationId: a.application_id,
      ratings: new Map(a.ratings ?? []),
    }));
  }
}
