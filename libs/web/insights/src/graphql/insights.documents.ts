import { graphql } from '@abate/web/core';

// Operation names carry an Insights prefix: codegen needs them unique across every web lib.

/** Rounds that have awards (awards are made when a round's decisions are released), for the round filter. */
export const decidedRoundsQuery = graphql(`
  query InsightsDecidedRounds {
    fundingRounds(first: 100, status: DECIDED) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);

/** Everything the officer's portfolio dashboard shows, for one round or (roundId null) every round. */
export const portfolioOutcomesQuery = graphql(`
  query InsightsPortfolioOutcomes($roundId: ID) {
    portfolioOutcomes(roundId: $roundId) {
      roundId
      quarters {
        label
        reportsCounted
        metrics {
          key
          label
          unit
          value
        }
        rates {
          key
          label
          value
        }
      }
      overall {
        granteeCount
        reportsCounted
        awardedCents
        budgetCents
        spentCents
        overdueCount
        safeguardFlagCount
        metrics {
          key
          label
          unit
          value
        }
        rates {
          key
          label
          value
        }
      }
      grantees {
        award {
          id
        }
        roundId
        roundTitle
        organizationName
        state
        fipsCode
        awardedCents
        budgetCents
        spentCents
        quartersReported
        targets {
          metricKey
          label
          unit
          target
          actual
          shareOfTarget
        }
        spending {
          category
          label
          budgetCents
          spentCents
          remainingCents
        }
        safeguardFlags {
          quarter
          key
          label
          value
        }
        overdue {
          milestoneId
          kind
          label
          dueDate
          daysOverdue
          reportStatus
        }
      }
    }
  }
`);

/**
 * The quarterly reports of each award, for the per-grantee rates: portfolioOutcomes
 * gives each grantee's targets but not the totals behind the derived rates.
 * Only submitted and accepted quarterly reports count, as on the API.
 */
export const granteeReportsQuery = graphql(`
  query InsightsGranteeReports($roundId: ID) {
    awards(roundId: $roundId, first: 100) {
      totalCount
      nodes {
        id
        milestones {
          id
          kind
          report {
            id
            status
            metrics {
              key
              value
            }
          }
        }
      }
    }
  }
`);

/** The public transparency page: awards and small-cell-suppressed outcomes. No names of people. */
export const transparencyQuery = graphql(`
  query InsightsTransparency($roundId: ID) {
    publicAwards(roundId: $roundId) {
      id
      roundId
      roundTitle
      jurisdiction {
        name
        kind
        state
        fipsCode
      }
      amountCents
      startDate
      endDate
      status
      programTitle
      programSummary
    }
    publicOutcomes(roundId: $roundId) {
      roundId
      quarters
      suppressionRule
      metrics {
        key
        label
        unit
        byQuarter {
          quarter
          cell {
            value
            display
            suppressed
          }
        }
        total {
          value
          display
          suppressed
        }
      }
      spending {
        category
        label
        budgetCents
        spentCents
      }
    }
  }
`);
