import { graphql } from '@abate/web/core';

/** Everything the editor keeps in step with the server after each save. */
export const applicantEditorApplicationFragment = graphql(`
  fragment ApplicantEditorApplication on Application {
    id
    status
    version
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
    validation {
      errors {
        field
        message
      }
      warnings {
        field
        message
      }
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
    activity {
      at
      actorEmail
      action
      fields
    }
    trackingId
    submittedAt
    updatedAt
  }
`);

export const applicantEditorQuery = graphql(`
  query ApplicantEditor($id: ID!) {
    application(id: $id) {
      ...ApplicantEditorApplication
      organization {
        id
        name
      }
      round {
        id
        title
        closesAtLocal
        timeZone
        minAwardCents
        maxAwardCents
        accepting
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
            weight
            critical
          }
          scale {
            value
            label
            meaning
          }
        }
      }
    }
  }
`);

export const applicantSaveApplicationMutation = graphql(`
  mutation ApplicantSaveApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {
    saveApplication(id: $id, version: $version, input: $input) {
      ...ApplicantEditorApplication
    }
  }
`);

export const applicantSubmitApplicationMutation = graphql(`
  mutation ApplicantSubmitApplication($id: ID!, $version: Int!) {
    submitApplication(id: $id, version: $version) {
      trackingId
      submittedAt
      application {
        id
        status
        version
        trackingId
        submittedAt
      }
    }
  }
`);

export const applicantWithdrawApplicationMutation = graphql(`
  mutation ApplicantWithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
      version
    }
  }
`);

export const applicantDashboardQuery = graphql(`
  query ApplicantDashboard {
    me {
      id
      memberships {
        role
        organization {
          id
          name
          kind
        }
      }
    }
    fundingRounds(status: PUBLISHED, first: 50) {
      nodes {
        id
        title
        accepting
        closesAtLocal
        eligibleKinds
        minAwardCents
        maxAwardCents
      }
    }
    applications(first: 100) {
      totalCount
      nodes {
        id
        title
        status
        trackingId
        submittedAt
        updatedAt
        round {
          id
          title
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

export const applicantCreateApplicationMutation = graphql(`
  mutation ApplicantCreateApplication($roundId: ID!, $organizationId: ID!) {
    createApplication(roundId: $roundId, organizationId: $organizationId) {
      id
      status
    }
  }
`);

export const applicantReceiptQuery = graphql(`
  query ApplicantReceipt($id: ID!) {
    application(id: $id) {
      id
      title
      status
      trackingId
      submittedAt
      requestedCents
      organization {
        id
        name
      }
      round {
        id
        title
        timeZone
        closesAtLocal
      }
    }
  }
`);

// Asked only once the decision is released (status AWARDED or DECLINED): before that the API refuses the reviews.
export const applicantDecisionQuery = graphql(`
  query ApplicantDecision($id: ID!) {
    application(id: $id) {
      id
      status
      decision {
        decision
        amountCents
        conditions
        reason
      }
    }
    applicationReviews(applicationId: $id) {
      label
      overallComment
      scores {
        itemKey
        rating
        comment
      }
    }
  }
`);
