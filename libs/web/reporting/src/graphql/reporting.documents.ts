import { graphql } from '@abate/web/core';

/** A milestone as the awards pages list it. */
export const reportingMilestoneRowFragment = graphql(`
  fragment ReportingMilestoneRow on ReportingMilestone {
    id
    kind
    label
    periodStart
    periodEnd
    dueDate
    status
    report {
      id
      status
      version
      submittedAt
    }
  }
`);

/** An award with its reporting schedule, for the awards pages. */
export const reportingAwardSummaryFragment = graphql(`
  fragment ReportingAwardSummary on Award {
    id
    amountCents
    startDate
    endDate
    status
    organization {
      id
      name
    }
    round {
      id
      title
      timeZone
    }
    application {
      id
      title
    }
    milestones {
      ...ReportingMilestoneRow
    }
  }
`);

/** Grantees: their organizations' awards; officers and auditors: all. */
export const reportingAwardsQuery = graphql(`
  query ReportingAwards($first: Int!, $after: String) {
    awards(first: $first, after: $after) {
      nodes {
        ...ReportingAwardSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const reportingAwardQuery = graphql(`
  query ReportingAward($id: ID!) {
    award(id: $id) {
      ...ReportingAwardSummary
    }
  }
`);

/**
 * The awards with what the report form needs before its report exists: the
 * approved budget and what earlier reports spent. There is no query for one
 * milestone, so the form finds its milestone among the awards.
 */
export const reportingMilestoneLookupQuery = graphql(`
  query ReportingMilestoneLookup($first: Int!, $after: String) {
    awards(first: $first, after: $after) {
      nodes {
        id
        amountCents
        startDate
        endDate
        status
        organization {
          id
          name
        }
        round {
          id
          title
          timeZone
        }
        application {
          id
          title
          budgetLines {
            category
            amountCents
          }
        }
        milestones {
          id
          kind
          label
          periodStart
          periodEnd
          dueDate
          status
          report {
            id
            status
            spending {
              category
              amountCents
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** What the report form keeps in step with the server after each save. */
export const reportingReportStateFragment = graphql(`
  fragment ReportingReportState on QuarterlyReport {
    id
    status
    version
    metrics {
      key
      value
    }
    spending {
      category
      amountCents
    }
    narrative {
      successes
      challenges
    }
    confirmedWarnings
    reviewNote
    submittedAt
    check {
      errors {
        field
        message
      }
      warnings {
        field
        message
      }
      safeguardDeviations {
        key
        label
        expected
        actual
      }
    }
    spendingSummary {
      category
      label
      budgetCents
      thisPeriodCents
      cumulativeCents
      remainingCents
    }
    versions {
      number
      submittedAt
      metrics {
        key
        value
      }
      spending {
        category
        amountCents
      }
      narrative {
        successes
        challenges
      }
    }
  }
`);

/** One report with its milestone and award (the officer's review; the grantee's form after a reload). */
export const reportingReportQuery = graphql(`
  query ReportingReport($id: ID!) {
    quarterlyReport(id: $id) {
      ...ReportingReportState
      milestone {
        id
        kind
        label
        periodStart
        periodEnd
        dueDate
        status
        award {
          id
          amountCents
          startDate
          endDate
          organization {
            id
            name
          }
          round {
            id
            title
            timeZone
          }
          application {
            id
            title
          }
        }
      }
    }
  }
`);

export const reportingSaveReportMutation = graphql(`
  mutation ReportingSaveReport($milestoneId: ID!, $version: Int, $input: QuarterlyReportInput!) {
    saveQuarterlyReport(milestoneId: $milestoneId, version: $version, input: $input) {
      ...ReportingReportState
    }
  }
`);

export const reportingSubmitReportMutation = graphql(`
  mutation ReportingSubmitReport($reportId: ID!, $version: Int!) {
    submitQuarterlyReport(reportId: $reportId, version: $version) {
      ...ReportingReportState
    }
  }
`);

export const reportingReviewReportMutation = graphql(`
  mutation ReportingReviewReport($reportId: ID!, $decision: ReportDecision!, $note: String) {
    reviewQuarterlyReport(reportId: $reportId, decision: $decision, note: $note) {
      ...ReportingReportState
    }
  }
`);

/** The officer's queues: milestones by status (SUBMITTED to review, OVERDUE to chase). */
export const reportingQueueQuery = graphql(`
  query ReportingQueue($status: MilestoneStatus!, $first: Int!, $after: String) {
    reportingMilestones(status: $status, first: $first, after: $after) {
      nodes {
        id
        kind
        label
        periodStart
        periodEnd
        dueDate
        status
        award {
          id
          organization {
            id
            name
          }
          round {
            id
            title
            timeZone
          }
        }
        report {
          id
          status
          version
          submittedAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** A report's audit trail (officers and auditors): its submissions and reviews with their notes. */
export const reportingReportTrailQuery = graphql(`
  query ReportingReportTrail($reportId: ID!, $after: String) {
    auditEvents(entityType: "QuarterlyReport", entityId: $reportId, first: 100, after: $after) {
      nodes {
        id
        action
        actorEmail
        after
        occurredAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The mail Abate wrote, newest first (officers and auditors). */
export const reportingOutboxQuery = graphql(`
  query ReportingOutbox($first: Int!, $after: String, $recipient: String) {
    outboxMessages(first: $first, after: $after, recipient: $recipient) {
      nodes {
        id
        kind
        recipientEmail
        subject
        body
        createdAt
        sentAt
        attempts
        lastError
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
