import { graphql } from '@abate/web/core';

// Operation names carry a Payments prefix: codegen needs them unique across every web lib.

export const paymentRequestFields = graphql(`
  fragment PaymentsRequestFields on PaymentRequest {
    id
    awardId
    number
    reference
    kind
    status
    version
    periodStart
    periodEnd
    final
    totalCents
    reviewNote
    failureReason
    paidOn
    paymentReference
    submittedAt
    createdAt
    updatedAt
    lines {
      id
      category
      description
      amountCents
      documents {
        id
        fileName
        sizeBytes
        downloadUrl
      }
    }
    approvals {
      id
      role
      decision
      note
      decidedAt
      cycle
      user {
        id
        name
      }
    }
  }
`);

export const awardPaymentsQuery = graphql(`
  query PaymentsAward($awardId: ID!) {
    award(id: $awardId) {
      id
      budget {
        category
        label
        awardedCents
        paidCents
        pendingCents
        remainingCents
      }
    }
    paymentRequests(awardId: $awardId, first: 100) {
      totalCount
      nodes {
        id
        number
        reference
        kind
        status
        totalCents
        submittedAt
        updatedAt
        paidOn
      }
    }
  }
`);

export const paymentRequestQuery = graphql(`
  query PaymentsRequest($id: ID!) {
    paymentRequest(id: $id) {
      ...PaymentsRequestFields
      award {
        id
        startDate
        endDate
        organization {
          id
          name
        }
        round {
          id
          title
        }
        budget {
          category
          label
          awardedCents
          paidCents
          pendingCents
          remainingCents
        }
      }
    }
  }
`);

export const createPaymentRequestMutation = graphql(`
  mutation PaymentsCreate($awardId: ID!, $input: PaymentRequestInput!) {
    createPaymentRequest(awardId: $awardId, input: $input) {
      id
    }
  }
`);

export const savePaymentRequestMutation = graphql(`
  mutation PaymentsSave($id: ID!, $version: Int!, $input: PaymentRequestInput!) {
    savePaymentRequest(id: $id, version: $version, input: $input) {
      ...PaymentsRequestFields
    }
  }
`);

export const submitPaymentRequestMutation = graphql(`
  mutation PaymentsSubmit($id: ID!, $version: Int!) {
    submitPaymentRequest(id: $id, version: $version) {
      ...PaymentsRequestFields
    }
  }
`);

export const reviewPaymentRequestMutation = graphql(`
  mutation PaymentsReview($id: ID!, $decision: PaymentReviewDecision!, $note: String) {
    reviewPaymentRequest(id: $id, decision: $decision, note: $note) {
      ...PaymentsRequestFields
    }
  }
`);

export const paymentQueueQuery = graphql(`
  query PaymentsQueue($status: PaymentStatus!, $first: Int!, $after: String) {
    paymentRequests(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        kind
        status
        totalCents
        submittedAt
        approvals {
          id
          decision
          cycle
          user {
            id
          }
        }
        award {
          id
          organization {
            id
            name
          }
          round {
            id
            title
          }
        }
      }
    }
  }
`);

/** Approved and failed requests: what a finance officer can gather into a batch. */
export const payableRequestsQuery = graphql(`
  query PaymentsPayable {
    approved: paymentRequests(status: APPROVED, first: 100) {
      totalCount
      nodes {
        id
        reference
        kind
        totalCents
        award {
          id
          organization {
            id
            name
          }
        }
      }
    }
    failed: paymentRequests(status: FAILED, first: 100) {
      totalCount
      nodes {
        id
        reference
        kind
        totalCents
        failureReason
        award {
          id
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** One page of the batches so far, newest first. */
export const paymentBatchListQuery = graphql(`
  query PaymentsBatchList($first: Int!, $after: String) {
    paymentBatches(first: $first, after: $after, newestFirst: true) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        createdAt
        totalCents
        complete
        items {
          paymentRequestId
          outcome
        }
      }
    }
  }
`);

export const schedulePaymentsMutation = graphql(`
  mutation PaymentsSchedule($ids: [ID!]!) {
    schedulePayments(paymentRequestIds: $ids) {
      id
    }
  }
`);

export const paymentBatchFields = graphql(`
  fragment PaymentsBatchFields on PaymentBatch {
    id
    createdAt
    totalCents
    complete
    csvUrl
    items {
      paymentRequestId
      amountCents
      outcome
      paidOn
      reference
      note
      recordedAt
      paymentRequest {
        id
        reference
        kind
        status
        award {
          id
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const paymentBatchQuery = graphql(`
  query PaymentsBatch($id: ID!) {
    paymentBatch(id: $id) {
      ...PaymentsBatchFields
    }
  }
`);

export const recordPaymentResultsMutation = graphql(`
  mutation PaymentsRecord($batchId: ID!, $results: [PaymentResultInput!]!) {
    recordPaymentResults(batchId: $batchId, results: $results) {
      ...PaymentsBatchFields
    }
  }
`);

export const reportPaymentComparisonQuery = graphql(`
  query PaymentsReportComparison($id: ID!) {
    quarterlyReport(id: $id) {
      id
      paymentComparison {
        category
        reportedCents
        paidCents
        differenceCents
      }
    }
  }
`);

export const awardAmendmentFields = graphql(`
  fragment PaymentsAmendmentFields on AwardAmendment {
    id
    number
    status
    amountCents
    endDate
    budgetLines {
      category
      amountCents
    }
    reason
    proposedAt
    proposedBy
    proposedByName
    decidedAt
    decidedBy
    decidedByName
    decisionNote
    previous {
      amountCents
      endDate
      budgetLines {
        category
        amountCents
      }
    }
  }
`);

export const awardAmendmentsQuery = graphql(`
  query PaymentsAwardAmendments($awardId: ID!) {
    award(id: $awardId) {
      id
      version
      status
      amountCents
      startDate
      endDate
      budget {
        category
        label
        awardedCents
      }
      amendments {
        ...PaymentsAmendmentFields
      }
    }
  }
`);

export const amendAwardMutation = graphql(`
  mutation PaymentsAmendAward($awardId: ID!, $version: Int!, $input: AwardAmendmentInput!) {
    amendAward(awardId: $awardId, version: $version, input: $input) {
      ...PaymentsAmendmentFields
    }
  }
`);

export const decideAwardAmendmentMutation = graphql(`
  mutation PaymentsDecideAwardAmendment($id: ID!, $decision: AmendmentDecision!, $note: String) {
    decideAwardAmendment(id: $id, decision: $decision, note: $note) {
      ...PaymentsAmendmentFields
    }
  }
`);
