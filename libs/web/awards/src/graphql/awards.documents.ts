import { graphql } from '@abate/web/core';

// Operation names carry an Awards prefix: codegen needs them unique across every web lib.

/** People with the reviewer role: who the officer can assign. */
export const reviewersQuery = graphql(`
  query AwardsReviewers {
    reviewers {
      id
      name
      email
    }
  }
`);

/** Everything the assignment page shows for one round: loads, assignments, submitted applications. */
export const assignmentBoardQuery = graphql(`
  query AwardsAssignmentBoard($roundId: ID!) {
    reviewerLoads(roundId: $roundId) {
      reviewer {
        id
        name
      }
      assigned
      submitted
      conflicted
    }
    reviewAssignments(roundId: $roundId) {
      id
      status
      applicationId
      organizationName
      reviewer {
        id
        name
      }
      conflictExplanation
      submittedAt
      ratedCount
    }
    applications(roundId: $roundId, status: SUBMITTED, first: 100) {
      totalCount
      nodes {
        id
        trackingId
        title
        requestedCents
        reviewsStillNeeded
        organization {
          id
          name
        }
      }
    }
  }
`);

// Mutations select no reviewer: a User in the result would invalidate every query holding a user (the signed-in one too).

export const assignReviewersMutation = graphql(`
  mutation AwardsAssignReviewers($roundId: ID!, $reviewerIds: [ID!]!, $perApplication: Int!) {
    assignReviewers(roundId: $roundId, reviewerIds: $reviewerIds, perApplication: $perApplication) {
      id
      status
      applicationId
    }
  }
`);

export const assignReviewerMutation = graphql(`
  mutation AwardsAssignReviewer($applicationId: ID!, $reviewerId: ID!) {
    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) {
      id
      status
      applicationId
    }
  }
`);

export const unassignReviewerMutation = graphql(`
  mutation AwardsUnassignReviewer($assignmentId: ID!) {
    unassignReviewer(assignmentId: $assignmentId)
  }
`);

/**
 * The ranking with the funding line, raw or normalized scores: a page of `first` rows after `after`
 * (every row without `first`). The totals, the line's place and the count of undecided applications
 * are over the whole ranking.
 */
export const roundRankingQuery = graphql(`
  query AwardsRoundRanking($roundId: ID!, $normalize: Boolean, $first: Int, $after: String) {
    roundRanking(roundId: $roundId, normalize: $normalize, first: $first, after: $after) {
      roundId
      normalized
      budgetCents
      fundedCents
      awardedCents
      tieRule
      totalCount
      lastRankAboveFundingLine
      undecidedCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        rank
        application {
          id
          trackingId
          title
          status
          requestedCents
        }
        organizationName
        score
        normalizedScore
        reviewerCount
        spread
        criticalGaps
        disagreements
        safeguardFlags {
          code
          message
        }
        requestedCents
        recommendedCents
        aboveFundingLine
        rawAboveFundingLine
        rawRecommendedCents
        decision {
          decision
          amountCents
          conditions
          reason
          overrideReason
        }
      }
    }
  }
`);

export const decideApplicationMutation = graphql(`
  mutation AwardsDecideApplication($applicationId: ID!, $input: DecisionInput!) {
    decideApplication(applicationId: $applicationId, input: $input) {
      id
      status
      decision {
        decision
        amountCents
        conditions
        reason
        overrideReason
      }
    }
  }
`);

export const releaseDecisionsMutation = graphql(`
  mutation AwardsReleaseDecisions($roundId: ID!) {
    releaseDecisions(roundId: $roundId) {
      id
      version
      status
      accepting
    }
  }
`);

/** The submitted reviews of one application, named (officers and auditors). */
export const applicationReviewsQuery = graphql(`
  query AwardsApplicationReviews($applicationId: ID!) {
    applicationReviews(applicationId: $applicationId) {
      label
      submittedAt
      reviewer {
        id
        name
      }
      scores {
        itemKey
        rating
        comment
      }
      overallComment
    }
  }
`);
