import { graphql } from '@abate/web/core';

// Each role's queue on the home page: counts from the lists' totalCount (first: 1 fetches one row only).

export const applicantHomeQuery = graphql(`
  query ApplicantHome {
    drafts: applications(status: DRAFT, first: 1) {
      totalCount
    }
    openRounds: fundingRounds(status: PUBLISHED, first: 50) {
      nodes {
        id
        title
        accepting
        closesAt
        closesAtLocal
      }
    }
    due: reportingMilestones(status: DUE, first: 1) {
      totalCount
    }
    overdue: reportingMilestones(status: OVERDUE, first: 1) {
      totalCount
    }
    toCorrect: reportingMilestones(status: CHANGES_REQUESTED, first: 1) {
      totalCount
    }
  }
`);

export const reviewerHomeQuery = graphql(`
  query ReviewerHome {
    toDeclare: myReviewQueue(status: PENDING_COI, first: 1) {
      totalCount
    }
    toScore: myReviewQueue(status: IN_PROGRESS, first: 1) {
      totalCount
    }
  }
`);

export const officerHomeQuery = graphql(`
  query OfficerHome {
    openRounds: fundingRounds(status: PUBLISHED, first: 100) {
      nodes {
        id
        title
        closesAt
        closesAtLocal
      }
    }
    inReview: fundingRounds(status: REVIEW, first: 20) {
      totalCount
      nodes {
        id
        title
      }
    }
    reportsWaiting: reportingMilestones(status: SUBMITTED, first: 1) {
      totalCount
    }
    paymentsWaiting: paymentRequests(status: SUBMITTED, first: 1) {
      totalCount
    }
  }
`);

export const roundReviewsMissingQuery = graphql(`
  query RoundReviewsMissing($roundId: ID!) {
    reviewerLoads(roundId: $roundId) {
      assigned
      conflicted
      submitted
    }
  }
`);

export const financeHomeQuery = graphql(`
  query FinanceHome {
    approvalsWaiting: paymentRequests(status: PROGRAM_APPROVED, first: 1) {
      totalCount
    }
    batchesToRecord: paymentBatches(complete: false, first: 1) {
      totalCount
    }
    settlementFunds(first: 20) {
      totalCount
      nodes {
        id
        name
        balances {
          cashCents
          availableCents
        }
      }
    }
  }
`);
