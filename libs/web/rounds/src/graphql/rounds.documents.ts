import { graphql } from '@abate/web/core';

// Operation names carry a Rounds prefix: codegen needs them unique across every web lib.

export const roundsListQuery = graphql(`
  query RoundsList($first: Int!, $after: String, $status: RoundStatus) {
    fundingRounds(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        accepting
        opensAtLocal
        closesAtLocal
        budgetCents
        minAwardCents
        maxAwardCents
        eligibleKinds
      }
    }
  }
`);

export const roundDetailQuery = graphql(`
  query RoundsRoundDetail($id: ID!) {
    fundingRound(id: $id) {
      id
      title
      description
      status
      accepting
      opensAtLocal
      closesAtLocal
      timeZone
      budgetCents
      minAwardCents
      maxAwardCents
      eligibleKinds
      grantStart
      grantEnd
      reviewersPerApplication
      checklist {
        id
        key
        version
        title
        scale {
          value
          label
          meaning
        }
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
          sources {
            id
            citation
            url
          }
        }
      }
    }
  }
`);

export const roundForEditQuery = graphql(`
  query RoundsRoundForEdit($id: ID!) {
    fundingRound(id: $id) {
      id
      version
      status
      title
      description
      opensAt
      closesAt
      timeZone
      budgetCents
      minAwardCents
      maxAwardCents
      eligibleKinds
      reviewersPerApplication
      grantStart
      grantEnd
      checklist {
        id
        key
        version
      }
    }
  }
`);

export const createFundingRoundMutation = graphql(`
  mutation RoundsCreateFundingRound($input: CreateFundingRoundInput!) {
    createFundingRound(input: $input) {
      id
      version
      status
      title
    }
  }
`);

export const updateFundingRoundMutation = graphql(`
  mutation RoundsUpdateFundingRound($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) {
    updateFundingRound(id: $id, version: $version, input: $input) {
      id
      version
      status
      accepting
      title
      description
      opensAt
      closesAt
      opensAtLocal
      closesAtLocal
      timeZone
      budgetCents
      minAwardCents
      maxAwardCents
      eligibleKinds
      reviewersPerApplication
      grantStart
      grantEnd
      checklist {
        id
        key
        version
      }
    }
  }
`);

export const publishFundingRoundMutation = graphql(`
  mutation RoundsPublishFundingRound($id: ID!) {
    publishFundingRound(id: $id) {
      id
      version
      status
      accepting
      publishedAt
    }
  }
`);

/** The applicant's organizations, with their kind, to offer only those the round is open to. */
export const applicantOrganizationsQuery = graphql(`
  query RoundsApplicantOrganizations {
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
  }
`);

export const startApplicationMutation = graphql(`
  mutation RoundsStartApplication($roundId: ID!, $organizationId: ID!) {
    createApplication(roundId: $roundId, organizationId: $organizationId) {
      id
    }
  }
`);

/** Ends an accepting round now; the reason goes to the audit trail. */
export const closeFundingRoundMutation = graphql(`
  mutation RoundsCloseFundingRound($id: ID!, $reason: String!) {
    closeFundingRound(id: $id, reason: $reason) {
      id
      version
      status
      accepting
      closesAt
      closesAtLocal
    }
  }
`);
