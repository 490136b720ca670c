import { graphql } from '@abate/web/core';

// Operation names carry a Ledger prefix: codegen needs them unique across every web lib.

export const fundsQuery = graphql(`
  query LedgerFunds {
    settlementFunds(first: 100) {
      nodes {
        id
        name
        organizationName
        ruleSet {
          title
        }
        balances {
          receivedCents
          availableCents
        }
      }
    }
  }
`);

export const fundQuery = graphql(`
  query LedgerFund(
    $id: ID!
    $first: Int!
    $after: String
    $kind: LedgerEntryKind
    $from: String
    $to: String
    $strategyCode: String
  ) {
    settlementFund(id: $id) {
      id
      name
      openedOn
      organizationName
      ruleSet {
        key
        title
        fiscalYearStartMonth
        defaultTaxonomyKey
        adminCapPercent
        spendWithinMonths
      }
      balances {
        openingCents
        receivedCents
        interestCents
        authorizedCents
        allocatedCents
        encumberedCents
        expendedCents
        cashCents
        availableCents
        unauthorizedCents
      }
      fundedRounds {
        roundId
        title
        published
        budgetCents
        allocatedCents
      }
      authorizations {
        id
        authority
        adoptedOn
        totalCents
        lines {
          id
          taxonomyKey
          strategyCode
          amountCents
          startsOn
          endsOn
          allocatedCents
        }
      }
      entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $strategyCode) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          amountCents
          occurredOn
          classification
          settlementKey
          payer
          payee
          description
          reason
          reversesEntryId
          reversedByEntryId
          splits {
            taxonomyKey
            strategyCode
            amountCents
          }
        }
      }
    }
  }
`);

/** The strategy lists money is tagged to (public data). */
export const strategyListsQuery = graphql(`
  query LedgerStrategyLists {
    strategyTaxonomies {
      key
      title
      codes {
        code
        title
        taggable
      }
    }
  }
`);

export const referenceQuery = graphql(`
  query LedgerReference {
    settlements {
      key
      title
    }
    fundingRounds(first: 100) {
      nodes {
        id
        title
        budgetCents
      }
    }
  }
`);

export const recordReceiptMutation = graphql(`
  mutation LedgerRecordReceipt($fundId: ID!, $input: ReceiptInput!) {
    recordReceipt(fundId: $fundId, input: $input) {
      id
    }
  }
`);

export const recordInterestMutation = graphql(`
  mutation LedgerRecordInterest($fundId: ID!, $input: InterestInput!) {
    recordInterest(fundId: $fundId, input: $input) {
      id
    }
  }
`);

export const authorizeSpendingMutation = graphql(`
  mutation LedgerAuthorizeSpending($fundId: ID!, $input: SpendingAuthorizationInput!) {
    authorizeSpending(fundId: $fundId, input: $input) {
      id
      totalCents
    }
  }
`);

export const allocateToRoundMutation = graphql(`
  mutation LedgerAllocateToRound($roundId: ID!, $lineId: ID!, $amountCents: Cents!) {
    allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amountCents) {
      id
      funding {
        allocatedCents
      }
    }
  }
`);

export const recordExpenditureMutation = graphql(`
  mutation LedgerRecordExpenditure($fundId: ID!, $input: ExpenditureInput!) {
    recordExpenditure(fundId: $fundId, input: $input) {
      id
    }
  }
`);

export const reverseEntryMutation = graphql(`
  mutation LedgerReverseEntry($entryId: ID!, $reason: String!) {
    reverseLedgerEntry(entryId: $entryId, reason: $reason) {
      id
    }
  }
`);

export const fundReportQuery = graphql(`
  query LedgerFundReport($fundId: ID!, $kind: FundReportKind!, $fiscalYear: Int!) {
    fundReport(fundId: $fundId, kind: $kind, fiscalYear: $fiscalYear) {
      title
      columns {
        label
        kind
      }
      rows {
        label
        values
      }
      totals {
        label
        amountCents
      }
      checks {
        code
        ok
        message
      }
    }
  }
`);

export const publicSpendingQuery = graphql(`
  query LedgerPublicSpending {
    publicSpending {
      funds {
        fundId
        fundName
        ruleSetTitle
        years {
          fiscalYear
          periodStart
          periodEnd
          receivedCents
          interestCents
          authorizedCents
          committedCents
          spentCents
          administrativeCents
          auditCents
          nonRemediationCents
          strategies {
            taxonomyKey
            strategyCode
            title
            spentCents
            committedCents
          }
        }
      }
    }
  }
`);

export const roundFundingQuery = graphql(`
  query LedgerRoundFunding($roundId: ID!) {
    fundingRound(id: $roundId) {
      id
      budgetCents
      funding {
        fundId
        fundName
        taxonomyKey
        strategyCodes
        allocatedCents
      }
    }
  }
`);

/** The funds a round may be paid from (the round form's choices). */
export const fundChoicesQuery = graphql(`
  query LedgerFundChoices {
    settlementFunds(first: 100) {
      nodes {
        id
        name
        ruleSet {
          defaultTaxonomyKey
        }
      }
    }
  }
`);

export const setRoundFundingMutation = graphql(`
  mutation LedgerSetRoundFunding($roundId: ID!, $fundId: ID!, $strategies: RoundStrategyInput!) {
    setRoundFunding(roundId: $roundId, fundId: $fundId, strategies: $strategies) {
      id
      funding {
        fundId
        strategyCodes
        allocatedCents
      }
    }
  }
`);
