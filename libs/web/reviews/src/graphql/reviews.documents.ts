import { graphql } from '@abate/web/core';

/** The reviewer's queue a page at a time, with enough of the round to group and count. */
export const reviewerQueueQuery = graphql(`
  query ReviewerQueue($first: Int!, $after: String) {
    myReviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        organizationName
        ratedCount
        submittedAt
        round {
          id
          title
          status
          closesAtLocal
          checklist {
            id
            itemCount
          }
        }
      }
    }
  }
`);

/** What the scoring screen keeps in step with the server after each save. */
export const reviewerAssignmentStateFragment = graphql(`
  fragment ReviewerAssignmentState on ReviewAssignment {
    id
    status
    version
    scores {
      itemKey
      rating
      comment
    }
    overallComment
    ratedCount
    submittedAt
  }
`);

/** One assignment: before the declaration only the organization and the round; after, the application too. */
export const reviewerAssignmentQuery = graphql(`
  query ReviewerAssignment($id: ID!) {
    reviewAssignment(id: $id) {
      ...ReviewerAssignmentState
      applicationId
      organizationName
      conflictExplanation
      declaredAt
      round {
        id
        title
        status
        closesAtLocal
        checklist {
          id
          key
          version
          title
          domains {
            key
            title
          }
          items {
            key
            domain
            title
            description
            reviewerGuidance
            weight
            critical
            sources {
              id
              citation
              url
            }
          }
          scale {
            value
            label
            meaning
          }
        }
      }
      application {
        id
        title
        summary
        requestedCents
        lawEnforcementRole
        warrantChecks
        responses {
          itemKey
          narrative
          selfRating
        }
        budgetLines {
          category
          description
          amountCents
        }
        budgetTotalCents
        targets {
          metricKey
          value
        }
        safeguardFlags {
          code
          message
          source {
            id
            citation
            url
          }
        }
        attachments {
          id
          fileName
          downloadUrl
        }
      }
    }
  }
`);

export const reviewerDeclareConflictMutation = graphql(`
  mutation ReviewerDeclareConflict($assignmentId: ID!, $hasConflict: Boolean!, $explanation: String) {
    declareConflict(assignmentId: $assignmentId, hasConflict: $hasConflict, explanation: $explanation) {
      id
      status
      version
      conflictExplanation
      declaredAt
    }
  }
`);

export const reviewerSaveReviewMutation = graphql(`
  mutation ReviewerSaveReview($assignmentId: ID!, $version: Int!, $input: ReviewInput!) {
    saveReview(assignmentId: $assignmentId, version: $version, input: $input) {
      ...ReviewerAssignmentState
    }
  }
`);

export const reviewerSubmitReviewMutation = graphql(`
  mutation ReviewerSubmitReview($assignmentId: ID!) {
    submitReview(assignmentId: $assignmentId) {
      ...ReviewerAssignmentState
    }
  }
`);

/** The submitted reviews of the application, labelled "Reviewer 1"…: readable once one's own is submitted. */
export const reviewerApplicationReviewsQuery = graphql(`
  query ReviewerApplicationReviews($applicationId: ID!) {
    applicationReviews(applicationId: $applicationId) {
      label
      overallComment
      submittedAt
      scores {
        itemKey
        rating
        comment
      }
    }
  }
`);
