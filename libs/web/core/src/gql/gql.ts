/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ApplicantEditorApplication on Application {\n    id\n    status\n    version\n    title\n    summary\n    requestedCents\n    lawEnforcementRole\n    warrantChecks\n    responses {\n      itemKey\n      narrative\n      selfRating\n    }\n    budgetLines {\n      category\n      description\n      amountCents\n    }\n    budgetTotalCents\n    targets {\n      metricKey\n      value\n    }\n    validation {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n    }\n    safeguardFlags {\n      code\n      message\n      source {\n        id\n        citation\n        url\n      }\n    }\n    activity {\n      at\n      actorEmail\n      action\n      fields\n    }\n    trackingId\n    submittedAt\n    updatedAt\n  }\n': typeof types.ApplicantEditorApplicationFragmentDoc;
  '\n  query ApplicantEditor($id: ID!) {\n    application(id: $id) {\n      ...ApplicantEditorApplication\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        closesAtLocal\n        timeZone\n        minAwardCents\n        maxAwardCents\n        accepting\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            weight\n            critical\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n    }\n  }\n': typeof types.ApplicantEditorDocument;
  '\n  mutation ApplicantSaveApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    saveApplication(id: $id, version: $version, input: $input) {\n      ...ApplicantEditorApplication\n    }\n  }\n': typeof types.ApplicantSaveApplicationDocument;
  '\n  mutation ApplicantSubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      trackingId\n      submittedAt\n      application {\n        id\n        status\n        version\n        trackingId\n        submittedAt\n      }\n    }\n  }\n': typeof types.ApplicantSubmitApplicationDocument;
  '\n  mutation ApplicantWithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ApplicantWithdrawApplicationDocument;
  '\n  query ApplicantDashboard {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAtLocal\n        eligibleKinds\n        minAwardCents\n        maxAwardCents\n      }\n    }\n    applications(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        trackingId\n        submittedAt\n        updatedAt\n        round {\n          id\n          title\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ApplicantDashboardDocument;
  '\n  mutation ApplicantCreateApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n': typeof types.ApplicantCreateApplicationDocument;
  '\n  query ApplicantReceipt($id: ID!) {\n    application(id: $id) {\n      id\n      title\n      status\n      trackingId\n      submittedAt\n      requestedCents\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        timeZone\n        closesAtLocal\n      }\n    }\n  }\n': typeof types.ApplicantReceiptDocument;
  '\n  query ApplicantDecision($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n      }\n    }\n    applicationReviews(applicationId: $id) {\n      label\n      overallComment\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n': typeof types.ApplicantDecisionDocument;
  '\n  query ApplicationAttachments($id: ID!) {\n    application(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n': typeof types.ApplicationAttachmentsDocument;
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n': typeof types.DeleteAttachmentDocument;
  '\n  query AuditTrail(\n    $actor: String\n    $action: String\n    $entityType: String\n    $entityId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      entityType: $entityType\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n      newestFirst: true\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n': typeof types.AuditTrailDocument;
  '\n  query RecentChanges($first: Int!) {\n    auditEvents(first: $first, newestFirst: true) {\n      totalCount\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n': typeof types.RecentChangesDocument;
  '\n  query AwardsReviewers {\n    reviewers {\n      id\n      name\n      email\n    }\n  }\n': typeof types.AwardsReviewersDocument;
  '\n  query AwardsAssignmentBoard($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      reviewer {\n        id\n        name\n      }\n      assigned\n      submitted\n      conflicted\n    }\n    reviewAssignments(roundId: $roundId) {\n      id\n      status\n      applicationId\n      organizationName\n      reviewer {\n        id\n        name\n      }\n      conflictExplanation\n      submittedAt\n      ratedCount\n    }\n    applications(roundId: $roundId, status: SUBMITTED, first: 100) {\n      totalCount\n      nodes {\n        id\n        trackingId\n        title\n        requestedCents\n        reviewsStillNeeded\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AwardsAssignmentBoardDocument;
  '\n  mutation AwardsAssignReviewers($roundId: ID!, $reviewerIds: [ID!]!, $perApplication: Int!) {\n    assignReviewers(roundId: $roundId, reviewerIds: $reviewerIds, perApplication: $perApplication) {\n      id\n      status\n      applicationId\n    }\n  }\n': typeof types.AwardsAssignReviewersDocument;
  '\n  mutation AwardsAssignReviewer($applicationId: ID!, $reviewerId: ID!) {\n    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) {\n      id\n      status\n      applicationId\n    }\n  }\n': typeof types.AwardsAssignReviewerDocument;
  '\n  mutation AwardsUnassignReviewer($assignmentId: ID!) {\n    unassignReviewer(assignmentId: $assignmentId)\n  }\n': typeof types.AwardsUnassignReviewerDocument;
  '\n  query AwardsRoundRanking($roundId: ID!, $normalize: Boolean, $first: Int, $after: String) {\n    roundRanking(roundId: $roundId, normalize: $normalize, first: $first, after: $after) {\n      roundId\n      normalized\n      budgetCents\n      fundedCents\n      awardedCents\n      tieRule\n      totalCount\n      lastRankAboveFundingLine\n      undecidedCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        rank\n        application {\n          id\n          trackingId\n          title\n          status\n          requestedCents\n        }\n        organizationName\n        score\n        normalizedScore\n        reviewerCount\n        spread\n        criticalGaps\n        disagreements\n        safeguardFlags {\n          code\n          message\n        }\n        requestedCents\n        recommendedCents\n        aboveFundingLine\n        rawAboveFundingLine\n        rawRecommendedCents\n        decision {\n          decision\n          amountCents\n          conditions\n          reason\n          overrideReason\n        }\n      }\n    }\n  }\n': typeof types.AwardsRoundRankingDocument;
  '\n  mutation AwardsDecideApplication($applicationId: ID!, $input: DecisionInput!) {\n    decideApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n        overrideReason\n      }\n    }\n  }\n': typeof types.AwardsDecideApplicationDocument;
  '\n  mutation AwardsReleaseDecisions($roundId: ID!) {\n    releaseDecisions(roundId: $roundId) {\n      id\n      version\n      status\n      accepting\n    }\n  }\n': typeof types.AwardsReleaseDecisionsDocument;
  '\n  query AwardsApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      submittedAt\n      reviewer {\n        id\n        name\n      }\n      scores {\n        itemKey\n        rating\n        comment\n      }\n      overallComment\n    }\n  }\n': typeof types.AwardsApplicationReviewsDocument;
  '\n  query ApplicantHome {\n    drafts: applications(status: DRAFT, first: 1) {\n      totalCount\n    }\n    openRounds: fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAt\n        closesAtLocal\n      }\n    }\n    due: reportingMilestones(status: DUE, first: 1) {\n      totalCount\n    }\n    overdue: reportingMilestones(status: OVERDUE, first: 1) {\n      totalCount\n    }\n    toCorrect: reportingMilestones(status: CHANGES_REQUESTED, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.ApplicantHomeDocument;
  '\n  query ReviewerHome {\n    toDeclare: myReviewQueue(status: PENDING_COI, first: 1) {\n      totalCount\n    }\n    toScore: myReviewQueue(status: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.ReviewerHomeDocument;
  '\n  query OfficerHome {\n    openRounds: fundingRounds(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        title\n        closesAt\n        closesAtLocal\n      }\n    }\n    inReview: fundingRounds(status: REVIEW, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n    reportsWaiting: reportingMilestones(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n    paymentsWaiting: paymentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.OfficerHomeDocument;
  '\n  query RoundReviewsMissing($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      assigned\n      conflicted\n      submitted\n    }\n  }\n': typeof types.RoundReviewsMissingDocument;
  '\n  query FinanceHome {\n    approvalsWaiting: paymentRequests(status: PROGRAM_APPROVED, first: 1) {\n      totalCount\n    }\n    paymentBatches(first: 100) {\n      nodes {\n        id\n        complete\n      }\n    }\n    settlementFunds(first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        balances {\n          cashCents\n          availableCents\n        }\n      }\n    }\n  }\n': typeof types.FinanceHomeDocument;
  '\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      roles\n      sessionExpiresAt\n      memberships {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        name\n        roles\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query IdentityProvider {\n    identityProvider {\n      label\n      loginPath\n    }\n  }\n': typeof types.IdentityProviderDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      existingAccount\n      name\n      roles\n      organizationName\n      expiresAt\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation AcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  query InsightsDecidedRounds {\n    fundingRounds(first: 100, status: DECIDED) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n': typeof types.InsightsDecidedRoundsDocument;
  '\n  query InsightsPortfolioOutcomes($roundId: ID) {\n    portfolioOutcomes(roundId: $roundId) {\n      roundId\n      quarters {\n        label\n        reportsCounted\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      overall {\n        granteeCount\n        reportsCounted\n        awardedCents\n        budgetCents\n        spentCents\n        overdueCount\n        safeguardFlagCount\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      grantees {\n        award {\n          id\n        }\n        roundId\n        roundTitle\n        organizationName\n        state\n        fipsCode\n        awardedCents\n        budgetCents\n        spentCents\n        quartersReported\n        targets {\n          metricKey\n          label\n          unit\n          target\n          actual\n          shareOfTarget\n        }\n        spending {\n          category\n          label\n          budgetCents\n          spentCents\n          remainingCents\n        }\n        safeguardFlags {\n          quarter\n          key\n          label\n          value\n        }\n        overdue {\n          milestoneId\n          kind\n          label\n          dueDate\n          daysOverdue\n          reportStatus\n        }\n      }\n    }\n  }\n': typeof types.InsightsPortfolioOutcomesDocument;
  '\n  query InsightsGranteeReports($roundId: ID) {\n    awards(roundId: $roundId, first: 100) {\n      totalCount\n      nodes {\n        id\n        milestones {\n          id\n          kind\n          report {\n            id\n            status\n            metrics {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.InsightsGranteeReportsDocument;
  '\n  query InsightsTransparency($roundId: ID) {\n    publicAwards(roundId: $roundId) {\n      id\n      roundId\n      roundTitle\n      jurisdiction {\n        name\n        kind\n        state\n        fipsCode\n      }\n      amountCents\n      startDate\n      endDate\n      status\n      programTitle\n      programSummary\n    }\n    publicOutcomes(roundId: $roundId) {\n      roundId\n      quarters\n      suppressionRule\n      metrics {\n        key\n        label\n        unit\n        byQuarter {\n          quarter\n          cell {\n            value\n            display\n            suppressed\n          }\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n      spending {\n        category\n        label\n        budgetCents\n        spentCents\n      }\n    }\n  }\n': typeof types.InsightsTransparencyDocument;
  '\n  query LedgerFunds {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        organizationName\n        ruleSet {\n          title\n        }\n        balances {\n          receivedCents\n          availableCents\n        }\n      }\n    }\n  }\n': typeof types.LedgerFundsDocument;
  '\n  query LedgerFund(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $kind: LedgerEntryKind\n    $from: String\n    $to: String\n    $strategyCode: String\n  ) {\n    settlementFund(id: $id) {\n      id\n      name\n      openedOn\n      organizationName\n      ruleSet {\n        key\n        title\n        fiscalYearStartMonth\n        defaultTaxonomyKey\n        adminCapPercent\n        spendWithinMonths\n      }\n      balances {\n        openingCents\n        receivedCents\n        interestCents\n        authorizedCents\n        allocatedCents\n        encumberedCents\n        expendedCents\n        cashCents\n        availableCents\n        unauthorizedCents\n      }\n      fundedRounds {\n        roundId\n        title\n        published\n        budgetCents\n        allocatedCents\n      }\n      authorizations {\n        id\n        authority\n        adoptedOn\n        totalCents\n        lines {\n          id\n          taxonomyKey\n          strategyCode\n          amountCents\n          startsOn\n          endsOn\n          allocatedCents\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $strategyCode) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          amountCents\n          occurredOn\n          classification\n          settlementKey\n          payer\n          payee\n          description\n          reason\n          reversesEntryId\n          reversedByEntryId\n          splits {\n            taxonomyKey\n            strategyCode\n            amountCents\n          }\n        }\n      }\n    }\n  }\n': typeof types.LedgerFundDocument;
  '\n  query LedgerStrategyLists {\n    strategyTaxonomies {\n      key\n      title\n      codes {\n        code\n        title\n        taggable\n      }\n    }\n  }\n': typeof types.LedgerStrategyListsDocument;
  '\n  query LedgerReference {\n    settlements {\n      key\n      title\n    }\n    fundingRounds(first: 100) {\n      nodes {\n        id\n        title\n        budgetCents\n      }\n    }\n  }\n': typeof types.LedgerReferenceDocument;
  '\n  mutation LedgerRecordReceipt($fundId: ID!, $input: ReceiptInput!) {\n    recordReceipt(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n': typeof types.LedgerRecordReceiptDocument;
  '\n  mutation LedgerRecordInterest($fundId: ID!, $input: InterestInput!) {\n    recordInterest(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n': typeof types.LedgerRecordInterestDocument;
  '\n  mutation LedgerAuthorizeSpending($fundId: ID!, $input: SpendingAuthorizationInput!) {\n    authorizeSpending(fundId: $fundId, input: $input) {\n      id\n      totalCents\n    }\n  }\n': typeof types.LedgerAuthorizeSpendingDocument;
  '\n  mutation LedgerAllocateToRound($roundId: ID!, $lineId: ID!, $amountCents: Cents!) {\n    allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amountCents) {\n      id\n      funding {\n        allocatedCents\n      }\n    }\n  }\n': typeof types.LedgerAllocateToRoundDocument;
  '\n  mutation LedgerRecordExpenditure($fundId: ID!, $input: ExpenditureInput!) {\n    recordExpenditure(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n': typeof types.LedgerRecordExpenditureDocument;
  '\n  mutation LedgerReverseEntry($entryId: ID!, $reason: String!) {\n    reverseLedgerEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n': typeof types.LedgerReverseEntryDocument;
  '\n  query LedgerFundReport($fundId: ID!, $kind: FundReportKind!, $fiscalYear: Int!) {\n    fundReport(fundId: $fundId, kind: $kind, fiscalYear: $fiscalYear) {\n      title\n      columns {\n        label\n        kind\n      }\n      rows {\n        label\n        values\n      }\n      totals {\n        label\n        amountCents\n      }\n      checks {\n        code\n        ok\n        message\n      }\n    }\n  }\n': typeof types.LedgerFundReportDocument;
  '\n  query LedgerPublicSpending {\n    publicSpending {\n      funds {\n        fundId\n        fundName\n        ruleSetTitle\n        years {\n          fiscalYear\n          periodStart\n          periodEnd\n          receivedCents\n          interestCents\n          authorizedCents\n          committedCents\n          spentCents\n          administrativeCents\n          auditCents\n          nonRemediationCents\n          strategies {\n            taxonomyKey\n            strategyCode\n            title\n            spentCents\n            committedCents\n          }\n        }\n      }\n    }\n  }\n': typeof types.LedgerPublicSpendingDocument;
  '\n  query LedgerRoundFunding($roundId: ID!) {\n    fundingRound(id: $roundId) {\n      id\n      budgetCents\n      funding {\n        fundId\n        fundName\n        taxonomyKey\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n': typeof types.LedgerRoundFundingDocument;
  '\n  query LedgerFundChoices {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        ruleSet {\n          defaultTaxonomyKey\n        }\n      }\n    }\n  }\n': typeof types.LedgerFundChoicesDocument;
  '\n  mutation LedgerSetRoundFunding($roundId: ID!, $fundId: ID!, $strategies: RoundStrategyInput!) {\n    setRoundFunding(roundId: $roundId, fundId: $fundId, strategies: $strategies) {\n      id\n      funding {\n        fundId\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n': typeof types.LedgerSetRoundFundingDocument;
  '\n  query AdminOrganizations($search: String, $first: Int, $after: String) {\n    organizations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        fipsCode\n        population\n        emailDomains\n      }\n    }\n  }\n': typeof types.AdminOrganizationsDocument;
  '\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n      members {\n        role\n        since\n        user {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n': typeof types.AdminOrganizationDocument;
  '\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n': typeof types.AdminCreateOrganizationDocument;
  '\n  mutation AdminUpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n    }\n  }\n': typeof types.AdminUpdateOrganizationDocument;
  '\n  mutation AdminUpdateMembership($userId: ID!, $organizationId: ID!, $organizationRole: MembershipRole!) {\n    updateMembership(userId: $userId, organizationId: $organizationId, organizationRole: $organizationRole) {\n      role\n    }\n  }\n': typeof types.AdminUpdateMembershipDocument;
  '\n  mutation AdminRemoveMembership($userId: ID!, $organizationId: ID!) {\n    removeMembership(userId: $userId, organizationId: $organizationId)\n  }\n': typeof types.AdminRemoveMembershipDocument;
  '\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n': typeof types.AdminInviteUserDocument;
  '\n  query PendingInvitations($organizationId: ID, $first: Int) {\n    invitations(organizationId: $organizationId, pending: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        roles\n        organizationRole\n        expiresAt\n      }\n    }\n  }\n': typeof types.PendingInvitationsDocument;
  '\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.AdminRevokeInvitationDocument;
  '\n  query AdminUsers($search: String, $role: Role, $organizationId: ID, $active: Boolean, $first: Int, $after: String) {\n    users(\n      search: $search\n      role: $role\n      organizationId: $organizationId\n      active: $active\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        active\n        memberships {\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminUsersDocument;
  '\n  mutation AdminUpdateUserRoles($id: ID!, $roles: [Role!]!) {\n    updateUserRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n': typeof types.AdminUpdateUserRolesDocument;
  '\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.AdminDeactivateUserDocument;
  '\n  mutation AdminReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.AdminReactivateUserDocument;
  '\n  fragment PaymentsRequestFields on PaymentRequest {\n    id\n    awardId\n    number\n    reference\n    kind\n    status\n    version\n    periodStart\n    periodEnd\n    final\n    totalCents\n    reviewNote\n    failureReason\n    paidOn\n    paymentReference\n    submittedAt\n    createdAt\n    updatedAt\n    lines {\n      id\n      category\n      description\n      amountCents\n      documents {\n        id\n        fileName\n        sizeBytes\n        downloadUrl\n      }\n    }\n    approvals {\n      id\n      role\n      decision\n      note\n      decidedAt\n      cycle\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PaymentsRequestFieldsFragmentDoc;
  '\n  query PaymentsAward($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      budget {\n        category\n        label\n        awardedCents\n        paidCents\n        pendingCents\n        remainingCents\n      }\n    }\n    paymentRequests(awardId: $awardId, first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        updatedAt\n        paidOn\n      }\n    }\n  }\n': typeof types.PaymentsAwardDocument;
  '\n  query PaymentsRequest($id: ID!) {\n    paymentRequest(id: $id) {\n      ...PaymentsRequestFields\n      award {\n        id\n        startDate\n        endDate\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n        }\n        budget {\n          category\n          label\n          awardedCents\n          paidCents\n          pendingCents\n          remainingCents\n        }\n      }\n    }\n  }\n': typeof types.PaymentsRequestDocument;
  '\n  mutation PaymentsCreate($awardId: ID!, $input: PaymentRequestInput!) {\n    createPaymentRequest(awardId: $awardId, input: $input) {\n      id\n    }\n  }\n': typeof types.PaymentsCreateDocument;
  '\n  mutation PaymentsSave($id: ID!, $version: Int!, $input: PaymentRequestInput!) {\n    savePaymentRequest(id: $id, version: $version, input: $input) {\n      ...PaymentsRequestFields\n    }\n  }\n': typeof types.PaymentsSaveDocument;
  '\n  mutation PaymentsSubmit($id: ID!, $version: Int!) {\n    submitPaymentRequest(id: $id, version: $version) {\n      ...PaymentsRequestFields\n    }\n  }\n': typeof types.PaymentsSubmitDocument;
  '\n  mutation PaymentsReview($id: ID!, $decision: PaymentReviewDecision!, $note: String) {\n    reviewPaymentRequest(id: $id, decision: $decision, note: $note) {\n      ...PaymentsRequestFields\n    }\n  }\n': typeof types.PaymentsReviewDocument;
  '\n  query PaymentsQueue($status: PaymentStatus!, $first: Int!, $after: String) {\n    paymentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        approvals {\n          id\n          decision\n          cycle\n          user {\n            id\n          }\n        }\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.PaymentsQueueDocument;
  '\n  query PaymentsBatches {\n    approved: paymentRequests(status: APPROVED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    failed: paymentRequests(status: FAILED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        failureReason\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    paymentBatches(first: 100) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        totalCents\n        complete\n        items {\n          paymentRequestId\n          outcome\n        }\n      }\n    }\n  }\n': typeof types.PaymentsBatchesDocument;
  '\n  mutation PaymentsSchedule($ids: [ID!]!) {\n    schedulePayments(paymentRequestIds: $ids) {\n      id\n    }\n  }\n': typeof types.PaymentsScheduleDocument;
  '\n  fragment PaymentsBatchFields on PaymentBatch {\n    id\n    createdAt\n    totalCents\n    complete\n    csvUrl\n    items {\n      paymentRequestId\n      amountCents\n      outcome\n      paidOn\n      reference\n      note\n      recordedAt\n      paymentRequest {\n        id\n        reference\n        kind\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PaymentsBatchFieldsFragmentDoc;
  '\n  query PaymentsBatch($id: ID!) {\n    paymentBatch(id: $id) {\n      ...PaymentsBatchFields\n    }\n  }\n': typeof types.PaymentsBatchDocument;
  '\n  mutation PaymentsRecord($batchId: ID!, $results: [PaymentResultInput!]!) {\n    recordPaymentResults(batchId: $batchId, results: $results) {\n      ...PaymentsBatchFields\n    }\n  }\n': typeof types.PaymentsRecordDocument;
  '\n  query PaymentsReportComparison($id: ID!) {\n    quarterlyReport(id: $id) {\n      id\n      paymentComparison {\n        category\n        reportedCents\n        paidCents\n        differenceCents\n      }\n    }\n  }\n': typeof types.PaymentsReportComparisonDocument;
  '\n  fragment PaymentsAmendmentFields on AwardAmendment {\n    id\n    number\n    status\n    amountCents\n    endDate\n    budgetLines {\n      category\n      amountCents\n    }\n    reason\n    proposedAt\n    proposedBy\n    decidedAt\n    decidedBy\n    decisionNote\n    previous {\n      amountCents\n      endDate\n      budgetLines {\n        category\n        amountCents\n      }\n    }\n  }\n': typeof types.PaymentsAmendmentFieldsFragmentDoc;
  '\n  query PaymentsAwardAmendments($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      version\n      status\n      amountCents\n      startDate\n      endDate\n      budget {\n        category\n        label\n        awardedCents\n      }\n      amendments {\n        ...PaymentsAmendmentFields\n      }\n    }\n  }\n': typeof types.PaymentsAwardAmendmentsDocument;
  '\n  mutation PaymentsAmendAward($awardId: ID!, $version: Int!, $input: AwardAmendmentInput!) {\n    amendAward(awardId: $awardId, version: $version, input: $input) {\n      ...PaymentsAmendmentFields\n    }\n  }\n': typeof types.PaymentsAmendAwardDocument;
  '\n  mutation PaymentsDecideAwardAmendment($id: ID!, $decision: AmendmentDecision!, $note: String) {\n    decideAwardAmendment(id: $id, decision: $decision, note: $note) {\n      ...PaymentsAmendmentFields\n    }\n  }\n': typeof types.PaymentsDecideAwardAmendmentDocument;
  '\n  fragment ReportingMilestoneRow on ReportingMilestone {\n    id\n    kind\n    label\n    periodStart\n    periodEnd\n    dueDate\n    status\n    report {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n': typeof types.ReportingMilestoneRowFragmentDoc;
  '\n  fragment ReportingAwardSummary on Award {\n    id\n    amountCents\n    startDate\n    endDate\n    status\n    organization {\n      id\n      name\n    }\n    round {\n      id\n      title\n      timeZone\n    }\n    application {\n      id\n      title\n    }\n    milestones {\n      ...ReportingMilestoneRow\n    }\n  }\n': typeof types.ReportingAwardSummaryFragmentDoc;
  '\n  query ReportingAwards($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        ...ReportingAwardSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n': typeof types.ReportingAwardsDocument;
  '\n  query ReportingAward($id: ID!) {\n    award(id: $id) {\n      ...ReportingAwardSummary\n    }\n  }\n': typeof types.ReportingAwardDocument;
  '\n  query ReportingMilestoneLookup($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        id\n        amountCents\n        startDate\n        endDate\n        status\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n          timeZone\n        }\n        application {\n          id\n          title\n          budgetLines {\n            category\n            amountCents\n          }\n        }\n        milestones {\n          id\n          kind\n          label\n          periodStart\n          periodEnd\n          dueDate\n          status\n          report {\n            id\n            status\n            spending {\n              category\n              amountCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ReportingMilestoneLookupDocument;
  '\n  fragment ReportingReportState on QuarterlyReport {\n    id\n    status\n    version\n    metrics {\n      key\n      value\n    }\n    spending {\n      category\n      amountCents\n    }\n    narrative {\n      successes\n      challenges\n    }\n    confirmedWarnings\n    reviewNote\n    submittedAt\n    check {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n      safeguardDeviations {\n        key\n        label\n        expected\n        actual\n      }\n    }\n    spendingSummary {\n      category\n      label\n      budgetCents\n      thisPeriodCents\n      cumulativeCents\n      remainingCents\n    }\n    versions {\n      number\n      submittedAt\n      metrics {\n        key\n        value\n      }\n      spending {\n        category\n        amountCents\n      }\n      narrative {\n        successes\n        challenges\n      }\n    }\n  }\n': typeof types.ReportingReportStateFragmentDoc;
  '\n  query ReportingReport($id: ID!) {\n    quarterlyReport(id: $id) {\n      ...ReportingReportState\n      milestone {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          amountCents\n          startDate\n          endDate\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n          application {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReportingReportDocument;
  '\n  mutation ReportingSaveReport($milestoneId: ID!, $version: Int, $input: QuarterlyReportInput!) {\n    saveQuarterlyReport(milestoneId: $milestoneId, version: $version, input: $input) {\n      ...ReportingReportState\n    }\n  }\n': typeof types.ReportingSaveReportDocument;
  '\n  mutation ReportingSubmitReport($reportId: ID!, $version: Int!) {\n    submitQuarterlyReport(reportId: $reportId, version: $version) {\n      ...ReportingReportState\n    }\n  }\n': typeof types.ReportingSubmitReportDocument;
  '\n  mutation ReportingReviewReport($reportId: ID!, $decision: ReportDecision!, $note: String) {\n    reviewQuarterlyReport(reportId: $reportId, decision: $decision, note: $note) {\n      ...ReportingReportState\n    }\n  }\n': typeof types.ReportingReviewReportDocument;
  '\n  query ReportingQueue($status: MilestoneStatus!, $first: Int!, $after: String) {\n    reportingMilestones(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n        }\n        report {\n          id\n          status\n          version\n          submittedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n': typeof types.ReportingQueueDocument;
  '\n  query ReportingReportTrail($reportId: ID!, $after: String) {\n    auditEvents(entityType: "QuarterlyReport", entityId: $reportId, first: 100, after: $after) {\n      nodes {\n        id\n        action\n        actorEmail\n        after\n        occurredAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ReportingReportTrailDocument;
  '\n  query ReportingOutbox($first: Int!, $after: String, $recipient: String) {\n    outboxMessages(first: $first, after: $after, recipient: $recipient) {\n      nodes {\n        id\n        kind\n        recipientEmail\n        subject\n        body\n        createdAt\n        sentAt\n        attempts\n        lastError\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n': typeof types.ReportingOutboxDocument;
  '\n  query ReviewerQueue($first: Int!, $after: String) {\n    myReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        organizationName\n        ratedCount\n        submittedAt\n        round {\n          id\n          title\n          status\n          closesAtLocal\n          checklist {\n            id\n            itemCount\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewerQueueDocument;
  '\n  fragment ReviewerAssignmentState on ReviewAssignment {\n    id\n    status\n    version\n    scores {\n      itemKey\n      rating\n      comment\n    }\n    overallComment\n    ratedCount\n    submittedAt\n  }\n': typeof types.ReviewerAssignmentStateFragmentDoc;
  '\n  query ReviewerAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewerAssignmentState\n      applicationId\n      organizationName\n      conflictExplanation\n      declaredAt\n      round {\n        id\n        title\n        status\n        closesAtLocal\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            reviewerGuidance\n            weight\n            critical\n            sources {\n              id\n              citation\n              url\n            }\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n      application {\n        id\n        title\n        summary\n        requestedCents\n        lawEnforcementRole\n        warrantChecks\n        responses {\n          itemKey\n          narrative\n          selfRating\n        }\n        budgetLines {\n          category\n          description\n          amountCents\n        }\n        budgetTotalCents\n        targets {\n          metricKey\n          value\n        }\n        safeguardFlags {\n          code\n          message\n          source {\n            id\n            citation\n            url\n          }\n        }\n        attachments {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n': typeof types.ReviewerAssignmentDocument;
  '\n  mutation ReviewerDeclareConflict($assignmentId: ID!, $hasConflict: Boolean!, $explanation: String) {\n    declareConflict(assignmentId: $assignmentId, hasConflict: $hasConflict, explanation: $explanation) {\n      id\n      status\n      version\n      conflictExplanation\n      declaredAt\n    }\n  }\n': typeof types.ReviewerDeclareConflictDocument;
  '\n  mutation ReviewerSaveReview($assignmentId: ID!, $version: Int!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, version: $version, input: $input) {\n      ...ReviewerAssignmentState\n    }\n  }\n': typeof types.ReviewerSaveReviewDocument;
  '\n  mutation ReviewerSubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewerAssignmentState\n    }\n  }\n': typeof types.ReviewerSubmitReviewDocument;
  '\n  query ReviewerApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      overallComment\n      submittedAt\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n': typeof types.ReviewerApplicationReviewsDocument;
  '\n  query RoundsChecklist($key: String!, $version: String) {\n    checklist(key: $key, version: $version) {\n      id\n      key\n      version\n      title\n      about\n      scoring\n      publishedAt\n      scale {\n        value\n        label\n        meaning\n      }\n      domains {\n        key\n        title\n      }\n      items {\n        key\n        domain\n        title\n        description\n        reviewerGuidance\n        weight\n        critical\n        sources {\n          id\n          citation\n          url\n        }\n      }\n      sources {\n        id\n        citation\n        url\n      }\n    }\n  }\n': typeof types.RoundsChecklistDocument;
  '\n  mutation RoundsPublishChecklistVersion($input: ChecklistInput!) {\n    publishChecklistVersion(input: $input) {\n      id\n      key\n      version\n      title\n      items {\n        key\n      }\n    }\n  }\n': typeof types.RoundsPublishChecklistVersionDocument;
  '\n  query RoundsList($first: Int!, $after: String, $status: RoundStatus) {\n    fundingRounds(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        accepting\n        opensAtLocal\n        closesAtLocal\n        budgetCents\n        minAwardCents\n        maxAwardCents\n        eligibleKinds\n      }\n    }\n  }\n': typeof types.RoundsListDocument;
  '\n  query RoundsRoundDetail($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      title\n      description\n      status\n      accepting\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      grantStart\n      grantEnd\n      reviewersPerApplication\n      checklist {\n        id\n        key\n        version\n        title\n        scale {\n          value\n          label\n          meaning\n        }\n        domains {\n          key\n          title\n        }\n        items {\n          key\n          domain\n          title\n          description\n          weight\n          critical\n          sources {\n            id\n            citation\n            url\n          }\n        }\n      }\n    }\n  }\n': typeof types.RoundsRoundDetailDocument;
  '\n  query RoundsRoundForEdit($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      version\n      status\n      title\n      description\n      opensAt\n      closesAt\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n': typeof types.RoundsRoundForEditDocument;
  '\n  mutation RoundsCreateFundingRound($input: CreateFundingRoundInput!) {\n    createFundingRound(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n': typeof types.RoundsCreateFundingRoundDocument;
  '\n  mutation RoundsUpdateFundingRound($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) {\n    updateFundingRound(id: $id, version: $version, input: $input) {\n      id\n      version\n      status\n      accepting\n      title\n      description\n      opensAt\n      closesAt\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n': typeof types.RoundsUpdateFundingRoundDocument;
  '\n  mutation RoundsPublishFundingRound($id: ID!) {\n    publishFundingRound(id: $id) {\n      id\n      version\n      status\n      accepting\n      publishedAt\n    }\n  }\n': typeof types.RoundsPublishFundingRoundDocument;
  '\n  query RoundsApplicantOrganizations {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n': typeof types.RoundsApplicantOrganizationsDocument;
  '\n  mutation RoundsStartApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n    }\n  }\n': typeof types.RoundsStartApplicationDocument;
  '\n  mutation RoundsCloseFundingRound($id: ID!, $reason: String!) {\n    closeFundingRound(id: $id, reason: $reason) {\n      id\n      version\n      status\n      accepting\n      closesAt\n      closesAtLocal\n    }\n  }\n': typeof types.RoundsCloseFundingRoundDocument;
};
const documents: Documents = {
  '\n  fragment ApplicantEditorApplication on Application {\n    id\n    status\n    version\n    title\n    summary\n    requestedCents\n    lawEnforcementRole\n    warrantChecks\n    responses {\n      itemKey\n      narrative\n      selfRating\n    }\n    budgetLines {\n      category\n      description\n      amountCents\n    }\n    budgetTotalCents\n    targets {\n      metricKey\n      value\n    }\n    validation {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n    }\n    safeguardFlags {\n      code\n      message\n      source {\n        id\n        citation\n        url\n      }\n    }\n    activity {\n      at\n      actorEmail\n      action\n      fields\n    }\n    trackingId\n    submittedAt\n    updatedAt\n  }\n':
    types.ApplicantEditorApplicationFragmentDoc,
  '\n  query ApplicantEditor($id: ID!) {\n    application(id: $id) {\n      ...ApplicantEditorApplication\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        closesAtLocal\n        timeZone\n        minAwardCents\n        maxAwardCents\n        accepting\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            weight\n            critical\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n    }\n  }\n':
    types.ApplicantEditorDocument,
  '\n  mutation ApplicantSaveApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    saveApplication(id: $id, version: $version, input: $input) {\n      ...ApplicantEditorApplication\n    }\n  }\n':
    types.ApplicantSaveApplicationDocument,
  '\n  mutation ApplicantSubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      trackingId\n      submittedAt\n      application {\n        id\n        status\n        version\n        trackingId\n        submittedAt\n      }\n    }\n  }\n':
    types.ApplicantSubmitApplicationDocument,
  '\n  mutation ApplicantWithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ApplicantWithdrawApplicationDocument,
  '\n  query ApplicantDashboard {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAtLocal\n        eligibleKinds\n        minAwardCents\n        maxAwardCents\n      }\n    }\n    applications(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        trackingId\n        submittedAt\n        updatedAt\n        round {\n          id\n          title\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ApplicantDashboardDocument,
  '\n  mutation ApplicantCreateApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n':
    types.ApplicantCreateApplicationDocument,
  '\n  query ApplicantReceipt($id: ID!) {\n    application(id: $id) {\n      id\n      title\n      status\n      trackingId\n      submittedAt\n      requestedCents\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        timeZone\n        closesAtLocal\n      }\n    }\n  }\n':
    types.ApplicantReceiptDocument,
  '\n  query ApplicantDecision($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n      }\n    }\n    applicationReviews(applicationId: $id) {\n      label\n      overallComment\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n':
    types.ApplicantDecisionDocument,
  '\n  query ApplicationAttachments($id: ID!) {\n    application(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n':
    types.ApplicationAttachmentsDocument,
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n': types.DeleteAttachmentDocument,
  '\n  query AuditTrail(\n    $actor: String\n    $action: String\n    $entityType: String\n    $entityId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      entityType: $entityType\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n      newestFirst: true\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n':
    types.AuditTrailDocument,
  '\n  query RecentChanges($first: Int!) {\n    auditEvents(first: $first, newestFirst: true) {\n      totalCount\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n':
    types.RecentChangesDocument,
  '\n  query AwardsReviewers {\n    reviewers {\n      id\n      name\n      email\n    }\n  }\n':
    types.AwardsReviewersDocument,
  '\n  query AwardsAssignmentBoard($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      reviewer {\n        id\n        name\n      }\n      assigned\n      submitted\n      conflicted\n    }\n    reviewAssignments(roundId: $roundId) {\n      id\n      status\n      applicationId\n      organizationName\n      reviewer {\n        id\n        name\n      }\n      conflictExplanation\n      submittedAt\n      ratedCount\n    }\n    applications(roundId: $roundId, status: SUBMITTED, first: 100) {\n      totalCount\n      nodes {\n        id\n        trackingId\n        title\n        requestedCents\n        reviewsStillNeeded\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AwardsAssignmentBoardDocument,
  '\n  mutation AwardsAssignReviewers($roundId: ID!, $reviewerIds: [ID!]!, $perApplication: Int!) {\n    assignReviewers(roundId: $roundId, reviewerIds: $reviewerIds, perApplication: $perApplication) {\n      id\n      status\n      applicationId\n    }\n  }\n':
    types.AwardsAssignReviewersDocument,
  '\n  mutation AwardsAssignReviewer($applicationId: ID!, $reviewerId: ID!) {\n    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) {\n      id\n      status\n      applicationId\n    }\n  }\n':
    types.AwardsAssignReviewerDocument,
  '\n  mutation AwardsUnassignReviewer($assignmentId: ID!) {\n    unassignReviewer(assignmentId: $assignmentId)\n  }\n':
    types.AwardsUnassignReviewerDocument,
  '\n  query AwardsRoundRanking($roundId: ID!, $normalize: Boolean, $first: Int, $after: String) {\n    roundRanking(roundId: $roundId, normalize: $normalize, first: $first, after: $after) {\n      roundId\n      normalized\n      budgetCents\n      fundedCents\n      awardedCents\n      tieRule\n      totalCount\n      lastRankAboveFundingLine\n      undecidedCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        rank\n        application {\n          id\n          trackingId\n          title\n          status\n          requestedCents\n        }\n        organizationName\n        score\n        normalizedScore\n        reviewerCount\n        spread\n        criticalGaps\n        disagreements\n        safeguardFlags {\n          code\n          message\n        }\n        requestedCents\n        recommendedCents\n        aboveFundingLine\n        rawAboveFundingLine\n        rawRecommendedCents\n        decision {\n          decision\n          amountCents\n          conditions\n          reason\n          overrideReason\n        }\n      }\n    }\n  }\n':
    types.AwardsRoundRankingDocument,
  '\n  mutation AwardsDecideApplication($applicationId: ID!, $input: DecisionInput!) {\n    decideApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n        overrideReason\n      }\n    }\n  }\n':
    types.AwardsDecideApplicationDocument,
  '\n  mutation AwardsReleaseDecisions($roundId: ID!) {\n    releaseDecisions(roundId: $roundId) {\n      id\n      version\n      status\n      accepting\n    }\n  }\n':
    types.AwardsReleaseDecisionsDocument,
  '\n  query AwardsApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      submittedAt\n      reviewer {\n        id\n        name\n      }\n      scores {\n        itemKey\n        rating\n        comment\n      }\n      overallComment\n    }\n  }\n':
    types.AwardsApplicationReviewsDocument,
  '\n  query ApplicantHome {\n    drafts: applications(status: DRAFT, first: 1) {\n      totalCount\n    }\n    openRounds: fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAt\n        closesAtLocal\n      }\n    }\n    due: reportingMilestones(status: DUE, first: 1) {\n      totalCount\n    }\n    overdue: reportingMilestones(status: OVERDUE, first: 1) {\n      totalCount\n    }\n    toCorrect: reportingMilestones(status: CHANGES_REQUESTED, first: 1) {\n      totalCount\n    }\n  }\n':
    types.ApplicantHomeDocument,
  '\n  query ReviewerHome {\n    toDeclare: myReviewQueue(status: PENDING_COI, first: 1) {\n      totalCount\n    }\n    toScore: myReviewQueue(status: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n  }\n':
    types.ReviewerHomeDocument,
  '\n  query OfficerHome {\n    openRounds: fundingRounds(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        title\n        closesAt\n        closesAtLocal\n      }\n    }\n    inReview: fundingRounds(status: REVIEW, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n    reportsWaiting: reportingMilestones(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n    paymentsWaiting: paymentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n':
    types.OfficerHomeDocument,
  '\n  query RoundReviewsMissing($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      assigned\n      conflicted\n      submitted\n    }\n  }\n':
    types.RoundReviewsMissingDocument,
  '\n  query FinanceHome {\n    approvalsWaiting: paymentRequests(status: PROGRAM_APPROVED, first: 1) {\n      totalCount\n    }\n    paymentBatches(first: 100) {\n      nodes {\n        id\n        complete\n      }\n    }\n    settlementFunds(first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        balances {\n          cashCents\n          availableCents\n        }\n      }\n    }\n  }\n':
    types.FinanceHomeDocument,
  '\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      roles\n      sessionExpiresAt\n      memberships {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CurrentUserDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        name\n        roles\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query IdentityProvider {\n    identityProvider {\n      label\n      loginPath\n    }\n  }\n':
    types.IdentityProviderDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      existingAccount\n      name\n      roles\n      organizationName\n      expiresAt\n    }\n  }\n':
    types.InvitationDocument,
  '\n  mutation AcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n': types.RefreshSessionDocument,
  '\n  query InsightsDecidedRounds {\n    fundingRounds(first: 100, status: DECIDED) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n':
    types.InsightsDecidedRoundsDocument,
  '\n  query InsightsPortfolioOutcomes($roundId: ID) {\n    portfolioOutcomes(roundId: $roundId) {\n      roundId\n      quarters {\n        label\n        reportsCounted\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      overall {\n        granteeCount\n        reportsCounted\n        awardedCents\n        budgetCents\n        spentCents\n        overdueCount\n        safeguardFlagCount\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      grantees {\n        award {\n          id\n        }\n        roundId\n        roundTitle\n        organizationName\n        state\n        fipsCode\n        awardedCents\n        budgetCents\n        spentCents\n        quartersReported\n        targets {\n          metricKey\n          label\n          unit\n          target\n          actual\n          shareOfTarget\n        }\n        spending {\n          category\n          label\n          budgetCents\n          spentCents\n          remainingCents\n        }\n        safeguardFlags {\n          quarter\n          key\n          label\n          value\n        }\n        overdue {\n          milestoneId\n          kind\n          label\n          dueDate\n          daysOverdue\n          reportStatus\n        }\n      }\n    }\n  }\n':
    types.InsightsPortfolioOutcomesDocument,
  '\n  query InsightsGranteeReports($roundId: ID) {\n    awards(roundId: $roundId, first: 100) {\n      totalCount\n      nodes {\n        id\n        milestones {\n          id\n          kind\n          report {\n            id\n            status\n            metrics {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.InsightsGranteeReportsDocument,
  '\n  query InsightsTransparency($roundId: ID) {\n    publicAwards(roundId: $roundId) {\n      id\n      roundId\n      roundTitle\n      jurisdiction {\n        name\n        kind\n        state\n        fipsCode\n      }\n      amountCents\n      startDate\n      endDate\n      status\n      programTitle\n      programSummary\n    }\n    publicOutcomes(roundId: $roundId) {\n      roundId\n      quarters\n      suppressionRule\n      metrics {\n        key\n        label\n        unit\n        byQuarter {\n          quarter\n          cell {\n            value\n            display\n            suppressed\n          }\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n      spending {\n        category\n        label\n        budgetCents\n        spentCents\n      }\n    }\n  }\n':
    types.InsightsTransparencyDocument,
  '\n  query LedgerFunds {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        organizationName\n        ruleSet {\n          title\n        }\n        balances {\n          receivedCents\n          availableCents\n        }\n      }\n    }\n  }\n':
    types.LedgerFundsDocument,
  '\n  query LedgerFund(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $kind: LedgerEntryKind\n    $from: String\n    $to: String\n    $strategyCode: String\n  ) {\n    settlementFund(id: $id) {\n      id\n      name\n      openedOn\n      organizationName\n      ruleSet {\n        key\n        title\n        fiscalYearStartMonth\n        defaultTaxonomyKey\n        adminCapPercent\n        spendWithinMonths\n      }\n      balances {\n        openingCents\n        receivedCents\n        interestCents\n        authorizedCents\n        allocatedCents\n        encumberedCents\n        expendedCents\n        cashCents\n        availableCents\n        unauthorizedCents\n      }\n      fundedRounds {\n        roundId\n        title\n        published\n        budgetCents\n        allocatedCents\n      }\n      authorizations {\n        id\n        authority\n        adoptedOn\n        totalCents\n        lines {\n          id\n          taxonomyKey\n          strategyCode\n          amountCents\n          startsOn\n          endsOn\n          allocatedCents\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $strategyCode) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          amountCents\n          occurredOn\n          classification\n          settlementKey\n          payer\n          payee\n          description\n          reason\n          reversesEntryId\n          reversedByEntryId\n          splits {\n            taxonomyKey\n            strategyCode\n            amountCents\n          }\n        }\n      }\n    }\n  }\n':
    types.LedgerFundDocument,
  '\n  query LedgerStrategyLists {\n    strategyTaxonomies {\n      key\n      title\n      codes {\n        code\n        title\n        taggable\n      }\n    }\n  }\n':
    types.LedgerStrategyListsDocument,
  '\n  query LedgerReference {\n    settlements {\n      key\n      title\n    }\n    fundingRounds(first: 100) {\n      nodes {\n        id\n        title\n        budgetCents\n      }\n    }\n  }\n':
    types.LedgerReferenceDocument,
  '\n  mutation LedgerRecordReceipt($fundId: ID!, $input: ReceiptInput!) {\n    recordReceipt(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n':
    types.LedgerRecordReceiptDocument,
  '\n  mutation LedgerRecordInterest($fundId: ID!, $input: InterestInput!) {\n    recordInterest(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n':
    types.LedgerRecordInterestDocument,
  '\n  mutation LedgerAuthorizeSpending($fundId: ID!, $input: SpendingAuthorizationInput!) {\n    authorizeSpending(fundId: $fundId, input: $input) {\n      id\n      totalCents\n    }\n  }\n':
    types.LedgerAuthorizeSpendingDocument,
  '\n  mutation LedgerAllocateToRound($roundId: ID!, $lineId: ID!, $amountCents: Cents!) {\n    allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amountCents) {\n      id\n      funding {\n        allocatedCents\n      }\n    }\n  }\n':
    types.LedgerAllocateToRoundDocument,
  '\n  mutation LedgerRecordExpenditure($fundId: ID!, $input: ExpenditureInput!) {\n    recordExpenditure(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n':
    types.LedgerRecordExpenditureDocument,
  '\n  mutation LedgerReverseEntry($entryId: ID!, $reason: String!) {\n    reverseLedgerEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n':
    types.LedgerReverseEntryDocument,
  '\n  query LedgerFundReport($fundId: ID!, $kind: FundReportKind!, $fiscalYear: Int!) {\n    fundReport(fundId: $fundId, kind: $kind, fiscalYear: $fiscalYear) {\n      title\n      columns {\n        label\n        kind\n      }\n      rows {\n        label\n        values\n      }\n      totals {\n        label\n        amountCents\n      }\n      checks {\n        code\n        ok\n        message\n      }\n    }\n  }\n':
    types.LedgerFundReportDocument,
  '\n  query LedgerPublicSpending {\n    publicSpending {\n      funds {\n        fundId\n        fundName\n        ruleSetTitle\n        years {\n          fiscalYear\n          periodStart\n          periodEnd\n          receivedCents\n          interestCents\n          authorizedCents\n          committedCents\n          spentCents\n          administrativeCents\n          auditCents\n          nonRemediationCents\n          strategies {\n            taxonomyKey\n            strategyCode\n            title\n            spentCents\n            committedCents\n          }\n        }\n      }\n    }\n  }\n':
    types.LedgerPublicSpendingDocument,
  '\n  query LedgerRoundFunding($roundId: ID!) {\n    fundingRound(id: $roundId) {\n      id\n      budgetCents\n      funding {\n        fundId\n        fundName\n        taxonomyKey\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n':
    types.LedgerRoundFundingDocument,
  '\n  query LedgerFundChoices {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        ruleSet {\n          defaultTaxonomyKey\n        }\n      }\n    }\n  }\n':
    types.LedgerFundChoicesDocument,
  '\n  mutation LedgerSetRoundFunding($roundId: ID!, $fundId: ID!, $strategies: RoundStrategyInput!) {\n    setRoundFunding(roundId: $roundId, fundId: $fundId, strategies: $strategies) {\n      id\n      funding {\n        fundId\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n':
    types.LedgerSetRoundFundingDocument,
  '\n  query AdminOrganizations($search: String, $first: Int, $after: String) {\n    organizations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        fipsCode\n        population\n        emailDomains\n      }\n    }\n  }\n':
    types.AdminOrganizationsDocument,
  '\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n      members {\n        role\n        since\n        user {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n':
    types.AdminOrganizationDocument,
  '\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n':
    types.AdminCreateOrganizationDocument,
  '\n  mutation AdminUpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n    }\n  }\n':
    types.AdminUpdateOrganizationDocument,
  '\n  mutation AdminUpdateMembership($userId: ID!, $organizationId: ID!, $organizationRole: MembershipRole!) {\n    updateMembership(userId: $userId, organizationId: $organizationId, organizationRole: $organizationRole) {\n      role\n    }\n  }\n':
    types.AdminUpdateMembershipDocument,
  '\n  mutation AdminRemoveMembership($userId: ID!, $organizationId: ID!) {\n    removeMembership(userId: $userId, organizationId: $organizationId)\n  }\n':
    types.AdminRemoveMembershipDocument,
  '\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n':
    types.AdminInviteUserDocument,
  '\n  query PendingInvitations($organizationId: ID, $first: Int) {\n    invitations(organizationId: $organizationId, pending: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        roles\n        organizationRole\n        expiresAt\n      }\n    }\n  }\n':
    types.PendingInvitationsDocument,
  '\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.AdminRevokeInvitationDocument,
  '\n  query AdminUsers($search: String, $role: Role, $organizationId: ID, $active: Boolean, $first: Int, $after: String) {\n    users(\n      search: $search\n      role: $role\n      organizationId: $organizationId\n      active: $active\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        active\n        memberships {\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminUsersDocument,
  '\n  mutation AdminUpdateUserRoles($id: ID!, $roles: [Role!]!) {\n    updateUserRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n':
    types.AdminUpdateUserRolesDocument,
  '\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.AdminDeactivateUserDocument,
  '\n  mutation AdminReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.AdminReactivateUserDocument,
  '\n  fragment PaymentsRequestFields on PaymentRequest {\n    id\n    awardId\n    number\n    reference\n    kind\n    status\n    version\n    periodStart\n    periodEnd\n    final\n    totalCents\n    reviewNote\n    failureReason\n    paidOn\n    paymentReference\n    submittedAt\n    createdAt\n    updatedAt\n    lines {\n      id\n      category\n      description\n      amountCents\n      documents {\n        id\n        fileName\n        sizeBytes\n        downloadUrl\n      }\n    }\n    approvals {\n      id\n      role\n      decision\n      note\n      decidedAt\n      cycle\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.PaymentsRequestFieldsFragmentDoc,
  '\n  query PaymentsAward($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      budget {\n        category\n        label\n        awardedCents\n        paidCents\n        pendingCents\n        remainingCents\n      }\n    }\n    paymentRequests(awardId: $awardId, first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        updatedAt\n        paidOn\n      }\n    }\n  }\n':
    types.PaymentsAwardDocument,
  '\n  query PaymentsRequest($id: ID!) {\n    paymentRequest(id: $id) {\n      ...PaymentsRequestFields\n      award {\n        id\n        startDate\n        endDate\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n        }\n        budget {\n          category\n          label\n          awardedCents\n          paidCents\n          pendingCents\n          remainingCents\n        }\n      }\n    }\n  }\n':
    types.PaymentsRequestDocument,
  '\n  mutation PaymentsCreate($awardId: ID!, $input: PaymentRequestInput!) {\n    createPaymentRequest(awardId: $awardId, input: $input) {\n      id\n    }\n  }\n':
    types.PaymentsCreateDocument,
  '\n  mutation PaymentsSave($id: ID!, $version: Int!, $input: PaymentRequestInput!) {\n    savePaymentRequest(id: $id, version: $version, input: $input) {\n      ...PaymentsRequestFields\n    }\n  }\n':
    types.PaymentsSaveDocument,
  '\n  mutation PaymentsSubmit($id: ID!, $version: Int!) {\n    submitPaymentRequest(id: $id, version: $version) {\n      ...PaymentsRequestFields\n    }\n  }\n':
    types.PaymentsSubmitDocument,
  '\n  mutation PaymentsReview($id: ID!, $decision: PaymentReviewDecision!, $note: String) {\n    reviewPaymentRequest(id: $id, decision: $decision, note: $note) {\n      ...PaymentsRequestFields\n    }\n  }\n':
    types.PaymentsReviewDocument,
  '\n  query PaymentsQueue($status: PaymentStatus!, $first: Int!, $after: String) {\n    paymentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        approvals {\n          id\n          decision\n          cycle\n          user {\n            id\n          }\n        }\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.PaymentsQueueDocument,
  '\n  query PaymentsBatches {\n    approved: paymentRequests(status: APPROVED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    failed: paymentRequests(status: FAILED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        failureReason\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    paymentBatches(first: 100) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        totalCents\n        complete\n        items {\n          paymentRequestId\n          outcome\n        }\n      }\n    }\n  }\n':
    types.PaymentsBatchesDocument,
  '\n  mutation PaymentsSchedule($ids: [ID!]!) {\n    schedulePayments(paymentRequestIds: $ids) {\n      id\n    }\n  }\n':
    types.PaymentsScheduleDocument,
  '\n  fragment PaymentsBatchFields on PaymentBatch {\n    id\n    createdAt\n    totalCents\n    complete\n    csvUrl\n    items {\n      paymentRequestId\n      amountCents\n      outcome\n      paidOn\n      reference\n      note\n      recordedAt\n      paymentRequest {\n        id\n        reference\n        kind\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PaymentsBatchFieldsFragmentDoc,
  '\n  query PaymentsBatch($id: ID!) {\n    paymentBatch(id: $id) {\n      ...PaymentsBatchFields\n    }\n  }\n':
    types.PaymentsBatchDocument,
  '\n  mutation PaymentsRecord($batchId: ID!, $results: [PaymentResultInput!]!) {\n    recordPaymentResults(batchId: $batchId, results: $results) {\n      ...PaymentsBatchFields\n    }\n  }\n':
    types.PaymentsRecordDocument,
  '\n  query PaymentsReportComparison($id: ID!) {\n    quarterlyReport(id: $id) {\n      id\n      paymentComparison {\n        category\n        reportedCents\n        paidCents\n        differenceCents\n      }\n    }\n  }\n':
    types.PaymentsReportComparisonDocument,
  '\n  fragment PaymentsAmendmentFields on AwardAmendment {\n    id\n    number\n    status\n    amountCents\n    endDate\n    budgetLines {\n      category\n      amountCents\n    }\n    reason\n    proposedAt\n    proposedBy\n    decidedAt\n    decidedBy\n    decisionNote\n    previous {\n      amountCents\n      endDate\n      budgetLines {\n        category\n        amountCents\n      }\n    }\n  }\n':
    types.PaymentsAmendmentFieldsFragmentDoc,
  '\n  query PaymentsAwardAmendments($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      version\n      status\n      amountCents\n      startDate\n      endDate\n      budget {\n        category\n        label\n        awardedCents\n      }\n      amendments {\n        ...PaymentsAmendmentFields\n      }\n    }\n  }\n':
    types.PaymentsAwardAmendmentsDocument,
  '\n  mutation PaymentsAmendAward($awardId: ID!, $version: Int!, $input: AwardAmendmentInput!) {\n    amendAward(awardId: $awardId, version: $version, input: $input) {\n      ...PaymentsAmendmentFields\n    }\n  }\n':
    types.PaymentsAmendAwardDocument,
  '\n  mutation PaymentsDecideAwardAmendment($id: ID!, $decision: AmendmentDecision!, $note: String) {\n    decideAwardAmendment(id: $id, decision: $decision, note: $note) {\n      ...PaymentsAmendmentFields\n    }\n  }\n':
    types.PaymentsDecideAwardAmendmentDocument,
  '\n  fragment ReportingMilestoneRow on ReportingMilestone {\n    id\n    kind\n    label\n    periodStart\n    periodEnd\n    dueDate\n    status\n    report {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n':
    types.ReportingMilestoneRowFragmentDoc,
  '\n  fragment ReportingAwardSummary on Award {\n    id\n    amountCents\n    startDate\n    endDate\n    status\n    organization {\n      id\n      name\n    }\n    round {\n      id\n      title\n      timeZone\n    }\n    application {\n      id\n      title\n    }\n    milestones {\n      ...ReportingMilestoneRow\n    }\n  }\n':
    types.ReportingAwardSummaryFragmentDoc,
  '\n  query ReportingAwards($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        ...ReportingAwardSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n':
    types.ReportingAwardsDocument,
  '\n  query ReportingAward($id: ID!) {\n    award(id: $id) {\n      ...ReportingAwardSummary\n    }\n  }\n':
    types.ReportingAwardDocument,
  '\n  query ReportingMilestoneLookup($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        id\n        amountCents\n        startDate\n        endDate\n        status\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n          timeZone\n        }\n        application {\n          id\n          title\n          budgetLines {\n            category\n            amountCents\n          }\n        }\n        milestones {\n          id\n          kind\n          label\n          periodStart\n          periodEnd\n          dueDate\n          status\n          report {\n            id\n            status\n            spending {\n              category\n              amountCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ReportingMilestoneLookupDocument,
  '\n  fragment ReportingReportState on QuarterlyReport {\n    id\n    status\n    version\n    metrics {\n      key\n      value\n    }\n    spending {\n      category\n      amountCents\n    }\n    narrative {\n      successes\n      challenges\n    }\n    confirmedWarnings\n    reviewNote\n    submittedAt\n    check {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n      safeguardDeviations {\n        key\n        label\n        expected\n        actual\n      }\n    }\n    spendingSummary {\n      category\n      label\n      budgetCents\n      thisPeriodCents\n      cumulativeCents\n      remainingCents\n    }\n    versions {\n      number\n      submittedAt\n      metrics {\n        key\n        value\n      }\n      spending {\n        category\n        amountCents\n      }\n      narrative {\n        successes\n        challenges\n      }\n    }\n  }\n':
    types.ReportingReportStateFragmentDoc,
  '\n  query ReportingReport($id: ID!) {\n    quarterlyReport(id: $id) {\n      ...ReportingReportState\n      milestone {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          amountCents\n          startDate\n          endDate\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n          application {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.ReportingReportDocument,
  '\n  mutation ReportingSaveReport($milestoneId: ID!, $version: Int, $input: QuarterlyReportInput!) {\n    saveQuarterlyReport(milestoneId: $milestoneId, version: $version, input: $input) {\n      ...ReportingReportState\n    }\n  }\n':
    types.ReportingSaveReportDocument,
  '\n  mutation ReportingSubmitReport($reportId: ID!, $version: Int!) {\n    submitQuarterlyReport(reportId: $reportId, version: $version) {\n      ...ReportingReportState\n    }\n  }\n':
    types.ReportingSubmitReportDocument,
  '\n  mutation ReportingReviewReport($reportId: ID!, $decision: ReportDecision!, $note: String) {\n    reviewQuarterlyReport(reportId: $reportId, decision: $decision, note: $note) {\n      ...ReportingReportState\n    }\n  }\n':
    types.ReportingReviewReportDocument,
  '\n  query ReportingQueue($status: MilestoneStatus!, $first: Int!, $after: String) {\n    reportingMilestones(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n        }\n        report {\n          id\n          status\n          version\n          submittedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n':
    types.ReportingQueueDocument,
  '\n  query ReportingReportTrail($reportId: ID!, $after: String) {\n    auditEvents(entityType: "QuarterlyReport", entityId: $reportId, first: 100, after: $after) {\n      nodes {\n        id\n        action\n        actorEmail\n        after\n        occurredAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ReportingReportTrailDocument,
  '\n  query ReportingOutbox($first: Int!, $after: String, $recipient: String) {\n    outboxMessages(first: $first, after: $after, recipient: $recipient) {\n      nodes {\n        id\n        kind\n        recipientEmail\n        subject\n        body\n        createdAt\n        sentAt\n        attempts\n        lastError\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n':
    types.ReportingOutboxDocument,
  '\n  query ReviewerQueue($first: Int!, $after: String) {\n    myReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        organizationName\n        ratedCount\n        submittedAt\n        round {\n          id\n          title\n          status\n          closesAtLocal\n          checklist {\n            id\n            itemCount\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewerQueueDocument,
  '\n  fragment ReviewerAssignmentState on ReviewAssignment {\n    id\n    status\n    version\n    scores {\n      itemKey\n      rating\n      comment\n    }\n    overallComment\n    ratedCount\n    submittedAt\n  }\n':
    types.ReviewerAssignmentStateFragmentDoc,
  '\n  query ReviewerAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewerAssignmentState\n      applicationId\n      organizationName\n      conflictExplanation\n      declaredAt\n      round {\n        id\n        title\n        status\n        closesAtLocal\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            reviewerGuidance\n            weight\n            critical\n            sources {\n              id\n              citation\n              url\n            }\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n      application {\n        id\n        title\n        summary\n        requestedCents\n        lawEnforcementRole\n        warrantChecks\n        responses {\n          itemKey\n          narrative\n          selfRating\n        }\n        budgetLines {\n          category\n          description\n          amountCents\n        }\n        budgetTotalCents\n        targets {\n          metricKey\n          value\n        }\n        safeguardFlags {\n          code\n          message\n          source {\n            id\n            citation\n            url\n          }\n        }\n        attachments {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n':
    types.ReviewerAssignmentDocument,
  '\n  mutation ReviewerDeclareConflict($assignmentId: ID!, $hasConflict: Boolean!, $explanation: String) {\n    declareConflict(assignmentId: $assignmentId, hasConflict: $hasConflict, explanation: $explanation) {\n      id\n      status\n      version\n      conflictExplanation\n      declaredAt\n    }\n  }\n':
    types.ReviewerDeclareConflictDocument,
  '\n  mutation ReviewerSaveReview($assignmentId: ID!, $version: Int!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, version: $version, input: $input) {\n      ...ReviewerAssignmentState\n    }\n  }\n':
    types.ReviewerSaveReviewDocument,
  '\n  mutation ReviewerSubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewerAssignmentState\n    }\n  }\n':
    types.ReviewerSubmitReviewDocument,
  '\n  query ReviewerApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      overallComment\n      submittedAt\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n':
    types.ReviewerApplicationReviewsDocument,
  '\n  query RoundsChecklist($key: String!, $version: String) {\n    checklist(key: $key, version: $version) {\n      id\n      key\n      version\n      title\n      about\n      scoring\n      publishedAt\n      scale {\n        value\n        label\n        meaning\n      }\n      domains {\n        key\n        title\n      }\n      items {\n        key\n        domain\n        title\n        description\n        reviewerGuidance\n        weight\n        critical\n        sources {\n          id\n          citation\n          url\n        }\n      }\n      sources {\n        id\n        citation\n        url\n      }\n    }\n  }\n':
    types.RoundsChecklistDocument,
  '\n  mutation RoundsPublishChecklistVersion($input: ChecklistInput!) {\n    publishChecklistVersion(input: $input) {\n      id\n      key\n      version\n      title\n      items {\n        key\n      }\n    }\n  }\n':
    types.RoundsPublishChecklistVersionDocument,
  '\n  query RoundsList($first: Int!, $after: String, $status: RoundStatus) {\n    fundingRounds(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        accepting\n        opensAtLocal\n        closesAtLocal\n        budgetCents\n        minAwardCents\n        maxAwardCents\n        eligibleKinds\n      }\n    }\n  }\n':
    types.RoundsListDocument,
  '\n  query RoundsRoundDetail($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      title\n      description\n      status\n      accepting\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      grantStart\n      grantEnd\n      reviewersPerApplication\n      checklist {\n        id\n        key\n        version\n        title\n        scale {\n          value\n          label\n          meaning\n        }\n        domains {\n          key\n          title\n        }\n        items {\n          key\n          domain\n          title\n          description\n          weight\n          critical\n          sources {\n            id\n            citation\n            url\n          }\n        }\n      }\n    }\n  }\n':
    types.RoundsRoundDetailDocument,
  '\n  query RoundsRoundForEdit($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      version\n      status\n      title\n      description\n      opensAt\n      closesAt\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n':
    types.RoundsRoundForEditDocument,
  '\n  mutation RoundsCreateFundingRound($input: CreateFundingRoundInput!) {\n    createFundingRound(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n':
    types.RoundsCreateFundingRoundDocument,
  '\n  mutation RoundsUpdateFundingRound($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) {\n    updateFundingRound(id: $id, version: $version, input: $input) {\n      id\n      version\n      status\n      accepting\n      title\n      description\n      opensAt\n      closesAt\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n':
    types.RoundsUpdateFundingRoundDocument,
  '\n  mutation RoundsPublishFundingRound($id: ID!) {\n    publishFundingRound(id: $id) {\n      id\n      version\n      status\n      accepting\n      publishedAt\n    }\n  }\n':
    types.RoundsPublishFundingRoundDocument,
  '\n  query RoundsApplicantOrganizations {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n':
    types.RoundsApplicantOrganizationsDocument,
  '\n  mutation RoundsStartApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n    }\n  }\n':
    types.RoundsStartApplicationDocument,
  '\n  mutation RoundsCloseFundingRound($id: ID!, $reason: String!) {\n    closeFundingRound(id: $id, reason: $reason) {\n      id\n      version\n      status\n      accepting\n      closesAt\n      closesAtLocal\n    }\n  }\n':
    types.RoundsCloseFundingRoundDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApplicantEditorApplication on Application {\n    id\n    status\n    version\n    title\n    summary\n    requestedCents\n    lawEnforcementRole\n    warrantChecks\n    responses {\n      itemKey\n      narrative\n      selfRating\n    }\n    budgetLines {\n      category\n      description\n      amountCents\n    }\n    budgetTotalCents\n    targets {\n      metricKey\n      value\n    }\n    validation {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n    }\n    safeguardFlags {\n      code\n      message\n      source {\n        id\n        citation\n        url\n      }\n    }\n    activity {\n      at\n      actorEmail\n      action\n      fields\n    }\n    trackingId\n    submittedAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ApplicantEditorApplication on Application {\n    id\n    status\n    version\n    title\n    summary\n    requestedCents\n    lawEnforcementRole\n    warrantChecks\n    responses {\n      itemKey\n      narrative\n      selfRating\n    }\n    budgetLines {\n      category\n      description\n      amountCents\n    }\n    budgetTotalCents\n    targets {\n      metricKey\n      value\n    }\n    validation {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n    }\n    safeguardFlags {\n      code\n      message\n      source {\n        id\n        citation\n        url\n      }\n    }\n    activity {\n      at\n      actorEmail\n      action\n      fields\n    }\n    trackingId\n    submittedAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicantEditor($id: ID!) {\n    application(id: $id) {\n      ...ApplicantEditorApplication\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        closesAtLocal\n        timeZone\n        minAwardCents\n        maxAwardCents\n        accepting\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            weight\n            critical\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicantEditor($id: ID!) {\n    application(id: $id) {\n      ...ApplicantEditorApplication\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        closesAtLocal\n        timeZone\n        minAwardCents\n        maxAwardCents\n        accepting\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            weight\n            critical\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplicantSaveApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    saveApplication(id: $id, version: $version, input: $input) {\n      ...ApplicantEditorApplication\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplicantSaveApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    saveApplication(id: $id, version: $version, input: $input) {\n      ...ApplicantEditorApplication\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplicantSubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      trackingId\n      submittedAt\n      application {\n        id\n        status\n        version\n        trackingId\n        submittedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplicantSubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      trackingId\n      submittedAt\n      application {\n        id\n        status\n        version\n        trackingId\n        submittedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplicantWithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplicantWithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicantDashboard {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAtLocal\n        eligibleKinds\n        minAwardCents\n        maxAwardCents\n      }\n    }\n    applications(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        trackingId\n        submittedAt\n        updatedAt\n        round {\n          id\n          title\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicantDashboard {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAtLocal\n        eligibleKinds\n        minAwardCents\n        maxAwardCents\n      }\n    }\n    applications(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        trackingId\n        submittedAt\n        updatedAt\n        round {\n          id\n          title\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplicantCreateApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplicantCreateApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicantReceipt($id: ID!) {\n    application(id: $id) {\n      id\n      title\n      status\n      trackingId\n      submittedAt\n      requestedCents\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        timeZone\n        closesAtLocal\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicantReceipt($id: ID!) {\n    application(id: $id) {\n      id\n      title\n      status\n      trackingId\n      submittedAt\n      requestedCents\n      organization {\n        id\n        name\n      }\n      round {\n        id\n        title\n        timeZone\n        closesAtLocal\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicantDecision($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n      }\n    }\n    applicationReviews(applicationId: $id) {\n      label\n      overallComment\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicantDecision($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n      }\n    }\n    applicationReviews(applicationId: $id) {\n      label\n      overallComment\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicationAttachments($id: ID!) {\n    application(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicationAttachments($id: ID!) {\n    application(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrail(\n    $actor: String\n    $action: String\n    $entityType: String\n    $entityId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      entityType: $entityType\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n      newestFirst: true\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTrail(\n    $actor: String\n    $action: String\n    $entityType: String\n    $entityId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      actor: $actor\n      action: $action\n      entityType: $entityType\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n      newestFirst: true\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecentChanges($first: Int!) {\n    auditEvents(first: $first, newestFirst: true) {\n      totalCount\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecentChanges($first: Int!) {\n    auditEvents(first: $first, newestFirst: true) {\n      totalCount\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AwardsReviewers {\n    reviewers {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  query AwardsReviewers {\n    reviewers {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AwardsAssignmentBoard($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      reviewer {\n        id\n        name\n      }\n      assigned\n      submitted\n      conflicted\n    }\n    reviewAssignments(roundId: $roundId) {\n      id\n      status\n      applicationId\n      organizationName\n      reviewer {\n        id\n        name\n      }\n      conflictExplanation\n      submittedAt\n      ratedCount\n    }\n    applications(roundId: $roundId, status: SUBMITTED, first: 100) {\n      totalCount\n      nodes {\n        id\n        trackingId\n        title\n        requestedCents\n        reviewsStillNeeded\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AwardsAssignmentBoard($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      reviewer {\n        id\n        name\n      }\n      assigned\n      submitted\n      conflicted\n    }\n    reviewAssignments(roundId: $roundId) {\n      id\n      status\n      applicationId\n      organizationName\n      reviewer {\n        id\n        name\n      }\n      conflictExplanation\n      submittedAt\n      ratedCount\n    }\n    applications(roundId: $roundId, status: SUBMITTED, first: 100) {\n      totalCount\n      nodes {\n        id\n        trackingId\n        title\n        requestedCents\n        reviewsStillNeeded\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardsAssignReviewers($roundId: ID!, $reviewerIds: [ID!]!, $perApplication: Int!) {\n    assignReviewers(roundId: $roundId, reviewerIds: $reviewerIds, perApplication: $perApplication) {\n      id\n      status\n      applicationId\n    }\n  }\n',
): (typeof documents)['\n  mutation AwardsAssignReviewers($roundId: ID!, $reviewerIds: [ID!]!, $perApplication: Int!) {\n    assignReviewers(roundId: $roundId, reviewerIds: $reviewerIds, perApplication: $perApplication) {\n      id\n      status\n      applicationId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardsAssignReviewer($applicationId: ID!, $reviewerId: ID!) {\n    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) {\n      id\n      status\n      applicationId\n    }\n  }\n',
): (typeof documents)['\n  mutation AwardsAssignReviewer($applicationId: ID!, $reviewerId: ID!) {\n    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) {\n      id\n      status\n      applicationId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardsUnassignReviewer($assignmentId: ID!) {\n    unassignReviewer(assignmentId: $assignmentId)\n  }\n',
): (typeof documents)['\n  mutation AwardsUnassignReviewer($assignmentId: ID!) {\n    unassignReviewer(assignmentId: $assignmentId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AwardsRoundRanking($roundId: ID!, $normalize: Boolean, $first: Int, $after: String) {\n    roundRanking(roundId: $roundId, normalize: $normalize, first: $first, after: $after) {\n      roundId\n      normalized\n      budgetCents\n      fundedCents\n      awardedCents\n      tieRule\n      totalCount\n      lastRankAboveFundingLine\n      undecidedCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        rank\n        application {\n          id\n          trackingId\n          title\n          status\n          requestedCents\n        }\n        organizationName\n        score\n        normalizedScore\n        reviewerCount\n        spread\n        criticalGaps\n        disagreements\n        safeguardFlags {\n          code\n          message\n        }\n        requestedCents\n        recommendedCents\n        aboveFundingLine\n        rawAboveFundingLine\n        rawRecommendedCents\n        decision {\n          decision\n          amountCents\n          conditions\n          reason\n          overrideReason\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AwardsRoundRanking($roundId: ID!, $normalize: Boolean, $first: Int, $after: String) {\n    roundRanking(roundId: $roundId, normalize: $normalize, first: $first, after: $after) {\n      roundId\n      normalized\n      budgetCents\n      fundedCents\n      awardedCents\n      tieRule\n      totalCount\n      lastRankAboveFundingLine\n      undecidedCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        rank\n        application {\n          id\n          trackingId\n          title\n          status\n          requestedCents\n        }\n        organizationName\n        score\n        normalizedScore\n        reviewerCount\n        spread\n        criticalGaps\n        disagreements\n        safeguardFlags {\n          code\n          message\n        }\n        requestedCents\n        recommendedCents\n        aboveFundingLine\n        rawAboveFundingLine\n        rawRecommendedCents\n        decision {\n          decision\n          amountCents\n          conditions\n          reason\n          overrideReason\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardsDecideApplication($applicationId: ID!, $input: DecisionInput!) {\n    decideApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n        overrideReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AwardsDecideApplication($applicationId: ID!, $input: DecisionInput!) {\n    decideApplication(applicationId: $applicationId, input: $input) {\n      id\n      status\n      decision {\n        decision\n        amountCents\n        conditions\n        reason\n        overrideReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AwardsReleaseDecisions($roundId: ID!) {\n    releaseDecisions(roundId: $roundId) {\n      id\n      version\n      status\n      accepting\n    }\n  }\n',
): (typeof documents)['\n  mutation AwardsReleaseDecisions($roundId: ID!) {\n    releaseDecisions(roundId: $roundId) {\n      id\n      version\n      status\n      accepting\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AwardsApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      submittedAt\n      reviewer {\n        id\n        name\n      }\n      scores {\n        itemKey\n        rating\n        comment\n      }\n      overallComment\n    }\n  }\n',
): (typeof documents)['\n  query AwardsApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      submittedAt\n      reviewer {\n        id\n        name\n      }\n      scores {\n        itemKey\n        rating\n        comment\n      }\n      overallComment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicantHome {\n    drafts: applications(status: DRAFT, first: 1) {\n      totalCount\n    }\n    openRounds: fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAt\n        closesAtLocal\n      }\n    }\n    due: reportingMilestones(status: DUE, first: 1) {\n      totalCount\n    }\n    overdue: reportingMilestones(status: OVERDUE, first: 1) {\n      totalCount\n    }\n    toCorrect: reportingMilestones(status: CHANGES_REQUESTED, first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ApplicantHome {\n    drafts: applications(status: DRAFT, first: 1) {\n      totalCount\n    }\n    openRounds: fundingRounds(status: PUBLISHED, first: 50) {\n      nodes {\n        id\n        title\n        accepting\n        closesAt\n        closesAtLocal\n      }\n    }\n    due: reportingMilestones(status: DUE, first: 1) {\n      totalCount\n    }\n    overdue: reportingMilestones(status: OVERDUE, first: 1) {\n      totalCount\n    }\n    toCorrect: reportingMilestones(status: CHANGES_REQUESTED, first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerHome {\n    toDeclare: myReviewQueue(status: PENDING_COI, first: 1) {\n      totalCount\n    }\n    toScore: myReviewQueue(status: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerHome {\n    toDeclare: myReviewQueue(status: PENDING_COI, first: 1) {\n      totalCount\n    }\n    toScore: myReviewQueue(status: IN_PROGRESS, first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfficerHome {\n    openRounds: fundingRounds(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        title\n        closesAt\n        closesAtLocal\n      }\n    }\n    inReview: fundingRounds(status: REVIEW, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n    reportsWaiting: reportingMilestones(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n    paymentsWaiting: paymentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query OfficerHome {\n    openRounds: fundingRounds(status: PUBLISHED, first: 100) {\n      nodes {\n        id\n        title\n        closesAt\n        closesAtLocal\n      }\n    }\n    inReview: fundingRounds(status: REVIEW, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n    reportsWaiting: reportingMilestones(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n    paymentsWaiting: paymentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundReviewsMissing($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      assigned\n      conflicted\n      submitted\n    }\n  }\n',
): (typeof documents)['\n  query RoundReviewsMissing($roundId: ID!) {\n    reviewerLoads(roundId: $roundId) {\n      assigned\n      conflicted\n      submitted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FinanceHome {\n    approvalsWaiting: paymentRequests(status: PROGRAM_APPROVED, first: 1) {\n      totalCount\n    }\n    paymentBatches(first: 100) {\n      nodes {\n        id\n        complete\n      }\n    }\n    settlementFunds(first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        balances {\n          cashCents\n          availableCents\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FinanceHome {\n    approvalsWaiting: paymentRequests(status: PROGRAM_APPROVED, first: 1) {\n      totalCount\n    }\n    paymentBatches(first: 100) {\n      nodes {\n        id\n        complete\n      }\n    }\n    settlementFunds(first: 20) {\n      totalCount\n      nodes {\n        id\n        name\n        balances {\n          cashCents\n          availableCents\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      roles\n      sessionExpiresAt\n      memberships {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      roles\n      sessionExpiresAt\n      memberships {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        name\n        roles\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        name\n        roles\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IdentityProvider {\n    identityProvider {\n      label\n      loginPath\n    }\n  }\n',
): (typeof documents)['\n  query IdentityProvider {\n    identityProvider {\n      label\n      loginPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      existingAccount\n      name\n      roles\n      organizationName\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      existingAccount\n      name\n      roles\n      organizationName\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightsDecidedRounds {\n    fundingRounds(first: 100, status: DECIDED) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightsDecidedRounds {\n    fundingRounds(first: 100, status: DECIDED) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightsPortfolioOutcomes($roundId: ID) {\n    portfolioOutcomes(roundId: $roundId) {\n      roundId\n      quarters {\n        label\n        reportsCounted\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      overall {\n        granteeCount\n        reportsCounted\n        awardedCents\n        budgetCents\n        spentCents\n        overdueCount\n        safeguardFlagCount\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      grantees {\n        award {\n          id\n        }\n        roundId\n        roundTitle\n        organizationName\n        state\n        fipsCode\n        awardedCents\n        budgetCents\n        spentCents\n        quartersReported\n        targets {\n          metricKey\n          label\n          unit\n          target\n          actual\n          shareOfTarget\n        }\n        spending {\n          category\n          label\n          budgetCents\n          spentCents\n          remainingCents\n        }\n        safeguardFlags {\n          quarter\n          key\n          label\n          value\n        }\n        overdue {\n          milestoneId\n          kind\n          label\n          dueDate\n          daysOverdue\n          reportStatus\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightsPortfolioOutcomes($roundId: ID) {\n    portfolioOutcomes(roundId: $roundId) {\n      roundId\n      quarters {\n        label\n        reportsCounted\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      overall {\n        granteeCount\n        reportsCounted\n        awardedCents\n        budgetCents\n        spentCents\n        overdueCount\n        safeguardFlagCount\n        metrics {\n          key\n          label\n          unit\n          value\n        }\n        rates {\n          key\n          label\n          value\n        }\n      }\n      grantees {\n        award {\n          id\n        }\n        roundId\n        roundTitle\n        organizationName\n        state\n        fipsCode\n        awardedCents\n        budgetCents\n        spentCents\n        quartersReported\n        targets {\n          metricKey\n          label\n          unit\n          target\n          actual\n          shareOfTarget\n        }\n        spending {\n          category\n          label\n          budgetCents\n          spentCents\n          remainingCents\n        }\n        safeguardFlags {\n          quarter\n          key\n          label\n          value\n        }\n        overdue {\n          milestoneId\n          kind\n          label\n          dueDate\n          daysOverdue\n          reportStatus\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightsGranteeReports($roundId: ID) {\n    awards(roundId: $roundId, first: 100) {\n      totalCount\n      nodes {\n        id\n        milestones {\n          id\n          kind\n          report {\n            id\n            status\n            metrics {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightsGranteeReports($roundId: ID) {\n    awards(roundId: $roundId, first: 100) {\n      totalCount\n      nodes {\n        id\n        milestones {\n          id\n          kind\n          report {\n            id\n            status\n            metrics {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightsTransparency($roundId: ID) {\n    publicAwards(roundId: $roundId) {\n      id\n      roundId\n      roundTitle\n      jurisdiction {\n        name\n        kind\n        state\n        fipsCode\n      }\n      amountCents\n      startDate\n      endDate\n      status\n      programTitle\n      programSummary\n    }\n    publicOutcomes(roundId: $roundId) {\n      roundId\n      quarters\n      suppressionRule\n      metrics {\n        key\n        label\n        unit\n        byQuarter {\n          quarter\n          cell {\n            value\n            display\n            suppressed\n          }\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n      spending {\n        category\n        label\n        budgetCents\n        spentCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightsTransparency($roundId: ID) {\n    publicAwards(roundId: $roundId) {\n      id\n      roundId\n      roundTitle\n      jurisdiction {\n        name\n        kind\n        state\n        fipsCode\n      }\n      amountCents\n      startDate\n      endDate\n      status\n      programTitle\n      programSummary\n    }\n    publicOutcomes(roundId: $roundId) {\n      roundId\n      quarters\n      suppressionRule\n      metrics {\n        key\n        label\n        unit\n        byQuarter {\n          quarter\n          cell {\n            value\n            display\n            suppressed\n          }\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n      spending {\n        category\n        label\n        budgetCents\n        spentCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerFunds {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        organizationName\n        ruleSet {\n          title\n        }\n        balances {\n          receivedCents\n          availableCents\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerFunds {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        organizationName\n        ruleSet {\n          title\n        }\n        balances {\n          receivedCents\n          availableCents\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerFund(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $kind: LedgerEntryKind\n    $from: String\n    $to: String\n    $strategyCode: String\n  ) {\n    settlementFund(id: $id) {\n      id\n      name\n      openedOn\n      organizationName\n      ruleSet {\n        key\n        title\n        fiscalYearStartMonth\n        defaultTaxonomyKey\n        adminCapPercent\n        spendWithinMonths\n      }\n      balances {\n        openingCents\n        receivedCents\n        interestCents\n        authorizedCents\n        allocatedCents\n        encumberedCents\n        expendedCents\n        cashCents\n        availableCents\n        unauthorizedCents\n      }\n      fundedRounds {\n        roundId\n        title\n        published\n        budgetCents\n        allocatedCents\n      }\n      authorizations {\n        id\n        authority\n        adoptedOn\n        totalCents\n        lines {\n          id\n          taxonomyKey\n          strategyCode\n          amountCents\n          startsOn\n          endsOn\n          allocatedCents\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $strategyCode) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          amountCents\n          occurredOn\n          classification\n          settlementKey\n          payer\n          payee\n          description\n          reason\n          reversesEntryId\n          reversedByEntryId\n          splits {\n            taxonomyKey\n            strategyCode\n            amountCents\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerFund(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $kind: LedgerEntryKind\n    $from: String\n    $to: String\n    $strategyCode: String\n  ) {\n    settlementFund(id: $id) {\n      id\n      name\n      openedOn\n      organizationName\n      ruleSet {\n        key\n        title\n        fiscalYearStartMonth\n        defaultTaxonomyKey\n        adminCapPercent\n        spendWithinMonths\n      }\n      balances {\n        openingCents\n        receivedCents\n        interestCents\n        authorizedCents\n        allocatedCents\n        encumberedCents\n        expendedCents\n        cashCents\n        availableCents\n        unauthorizedCents\n      }\n      fundedRounds {\n        roundId\n        title\n        published\n        budgetCents\n        allocatedCents\n      }\n      authorizations {\n        id\n        authority\n        adoptedOn\n        totalCents\n        lines {\n          id\n          taxonomyKey\n          strategyCode\n          amountCents\n          startsOn\n          endsOn\n          allocatedCents\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $strategyCode) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          amountCents\n          occurredOn\n          classification\n          settlementKey\n          payer\n          payee\n          description\n          reason\n          reversesEntryId\n          reversedByEntryId\n          splits {\n            taxonomyKey\n            strategyCode\n            amountCents\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerStrategyLists {\n    strategyTaxonomies {\n      key\n      title\n      codes {\n        code\n        title\n        taggable\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerStrategyLists {\n    strategyTaxonomies {\n      key\n      title\n      codes {\n        code\n        title\n        taggable\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerReference {\n    settlements {\n      key\n      title\n    }\n    fundingRounds(first: 100) {\n      nodes {\n        id\n        title\n        budgetCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerReference {\n    settlements {\n      key\n      title\n    }\n    fundingRounds(first: 100) {\n      nodes {\n        id\n        title\n        budgetCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerRecordReceipt($fundId: ID!, $input: ReceiptInput!) {\n    recordReceipt(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerRecordReceipt($fundId: ID!, $input: ReceiptInput!) {\n    recordReceipt(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerRecordInterest($fundId: ID!, $input: InterestInput!) {\n    recordInterest(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerRecordInterest($fundId: ID!, $input: InterestInput!) {\n    recordInterest(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerAuthorizeSpending($fundId: ID!, $input: SpendingAuthorizationInput!) {\n    authorizeSpending(fundId: $fundId, input: $input) {\n      id\n      totalCents\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerAuthorizeSpending($fundId: ID!, $input: SpendingAuthorizationInput!) {\n    authorizeSpending(fundId: $fundId, input: $input) {\n      id\n      totalCents\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerAllocateToRound($roundId: ID!, $lineId: ID!, $amountCents: Cents!) {\n    allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amountCents) {\n      id\n      funding {\n        allocatedCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerAllocateToRound($roundId: ID!, $lineId: ID!, $amountCents: Cents!) {\n    allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amountCents) {\n      id\n      funding {\n        allocatedCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerRecordExpenditure($fundId: ID!, $input: ExpenditureInput!) {\n    recordExpenditure(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerRecordExpenditure($fundId: ID!, $input: ExpenditureInput!) {\n    recordExpenditure(fundId: $fundId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerReverseEntry($entryId: ID!, $reason: String!) {\n    reverseLedgerEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerReverseEntry($entryId: ID!, $reason: String!) {\n    reverseLedgerEntry(entryId: $entryId, reason: $reason) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerFundReport($fundId: ID!, $kind: FundReportKind!, $fiscalYear: Int!) {\n    fundReport(fundId: $fundId, kind: $kind, fiscalYear: $fiscalYear) {\n      title\n      columns {\n        label\n        kind\n      }\n      rows {\n        label\n        values\n      }\n      totals {\n        label\n        amountCents\n      }\n      checks {\n        code\n        ok\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerFundReport($fundId: ID!, $kind: FundReportKind!, $fiscalYear: Int!) {\n    fundReport(fundId: $fundId, kind: $kind, fiscalYear: $fiscalYear) {\n      title\n      columns {\n        label\n        kind\n      }\n      rows {\n        label\n        values\n      }\n      totals {\n        label\n        amountCents\n      }\n      checks {\n        code\n        ok\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerPublicSpending {\n    publicSpending {\n      funds {\n        fundId\n        fundName\n        ruleSetTitle\n        years {\n          fiscalYear\n          periodStart\n          periodEnd\n          receivedCents\n          interestCents\n          authorizedCents\n          committedCents\n          spentCents\n          administrativeCents\n          auditCents\n          nonRemediationCents\n          strategies {\n            taxonomyKey\n            strategyCode\n            title\n            spentCents\n            committedCents\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerPublicSpending {\n    publicSpending {\n      funds {\n        fundId\n        fundName\n        ruleSetTitle\n        years {\n          fiscalYear\n          periodStart\n          periodEnd\n          receivedCents\n          interestCents\n          authorizedCents\n          committedCents\n          spentCents\n          administrativeCents\n          auditCents\n          nonRemediationCents\n          strategies {\n            taxonomyKey\n            strategyCode\n            title\n            spentCents\n            committedCents\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerRoundFunding($roundId: ID!) {\n    fundingRound(id: $roundId) {\n      id\n      budgetCents\n      funding {\n        fundId\n        fundName\n        taxonomyKey\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerRoundFunding($roundId: ID!) {\n    fundingRound(id: $roundId) {\n      id\n      budgetCents\n      funding {\n        fundId\n        fundName\n        taxonomyKey\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LedgerFundChoices {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        ruleSet {\n          defaultTaxonomyKey\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LedgerFundChoices {\n    settlementFunds(first: 100) {\n      nodes {\n        id\n        name\n        ruleSet {\n          defaultTaxonomyKey\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LedgerSetRoundFunding($roundId: ID!, $fundId: ID!, $strategies: RoundStrategyInput!) {\n    setRoundFunding(roundId: $roundId, fundId: $fundId, strategies: $strategies) {\n      id\n      funding {\n        fundId\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LedgerSetRoundFunding($roundId: ID!, $fundId: ID!, $strategies: RoundStrategyInput!) {\n    setRoundFunding(roundId: $roundId, fundId: $fundId, strategies: $strategies) {\n      id\n      funding {\n        fundId\n        strategyCodes\n        allocatedCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOrganizations($search: String, $first: Int, $after: String) {\n    organizations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        fipsCode\n        population\n        emailDomains\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganizations($search: String, $first: Int, $after: String) {\n    organizations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        fipsCode\n        population\n        emailDomains\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n      members {\n        role\n        since\n        user {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n      members {\n        role\n        since\n        user {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminUpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminUpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, version: $version, input: $input) {\n      id\n      name\n      kind\n      state\n      fipsCode\n      population\n      emailDomains\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminUpdateMembership($userId: ID!, $organizationId: ID!, $organizationRole: MembershipRole!) {\n    updateMembership(userId: $userId, organizationId: $organizationId, organizationRole: $organizationRole) {\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminUpdateMembership($userId: ID!, $organizationId: ID!, $organizationRole: MembershipRole!) {\n    updateMembership(userId: $userId, organizationId: $organizationId, organizationRole: $organizationRole) {\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRemoveMembership($userId: ID!, $organizationId: ID!) {\n    removeMembership(userId: $userId, organizationId: $organizationId)\n  }\n',
): (typeof documents)['\n  mutation AdminRemoveMembership($userId: ID!, $organizationId: ID!) {\n    removeMembership(userId: $userId, organizationId: $organizationId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PendingInvitations($organizationId: ID, $first: Int) {\n    invitations(organizationId: $organizationId, pending: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        roles\n        organizationRole\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PendingInvitations($organizationId: ID, $first: Int) {\n    invitations(organizationId: $organizationId, pending: true, first: $first) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        roles\n        organizationRole\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminUsers($search: String, $role: Role, $organizationId: ID, $active: Boolean, $first: Int, $after: String) {\n    users(\n      search: $search\n      role: $role\n      organizationId: $organizationId\n      active: $active\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        active\n        memberships {\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminUsers($search: String, $role: Role, $organizationId: ID, $active: Boolean, $first: Int, $after: String) {\n    users(\n      search: $search\n      role: $role\n      organizationId: $organizationId\n      active: $active\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        active\n        memberships {\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminUpdateUserRoles($id: ID!, $roles: [Role!]!) {\n    updateUserRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminUpdateUserRoles($id: ID!, $roles: [Role!]!) {\n    updateUserRoles(id: $id, roles: $roles) {\n      id\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminDeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentsRequestFields on PaymentRequest {\n    id\n    awardId\n    number\n    reference\n    kind\n    status\n    version\n    periodStart\n    periodEnd\n    final\n    totalCents\n    reviewNote\n    failureReason\n    paidOn\n    paymentReference\n    submittedAt\n    createdAt\n    updatedAt\n    lines {\n      id\n      category\n      description\n      amountCents\n      documents {\n        id\n        fileName\n        sizeBytes\n        downloadUrl\n      }\n    }\n    approvals {\n      id\n      role\n      decision\n      note\n      decidedAt\n      cycle\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaymentsRequestFields on PaymentRequest {\n    id\n    awardId\n    number\n    reference\n    kind\n    status\n    version\n    periodStart\n    periodEnd\n    final\n    totalCents\n    reviewNote\n    failureReason\n    paidOn\n    paymentReference\n    submittedAt\n    createdAt\n    updatedAt\n    lines {\n      id\n      category\n      description\n      amountCents\n      documents {\n        id\n        fileName\n        sizeBytes\n        downloadUrl\n      }\n    }\n    approvals {\n      id\n      role\n      decision\n      note\n      decidedAt\n      cycle\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsAward($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      budget {\n        category\n        label\n        awardedCents\n        paidCents\n        pendingCents\n        remainingCents\n      }\n    }\n    paymentRequests(awardId: $awardId, first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        updatedAt\n        paidOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsAward($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      budget {\n        category\n        label\n        awardedCents\n        paidCents\n        pendingCents\n        remainingCents\n      }\n    }\n    paymentRequests(awardId: $awardId, first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        updatedAt\n        paidOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsRequest($id: ID!) {\n    paymentRequest(id: $id) {\n      ...PaymentsRequestFields\n      award {\n        id\n        startDate\n        endDate\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n        }\n        budget {\n          category\n          label\n          awardedCents\n          paidCents\n          pendingCents\n          remainingCents\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsRequest($id: ID!) {\n    paymentRequest(id: $id) {\n      ...PaymentsRequestFields\n      award {\n        id\n        startDate\n        endDate\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n        }\n        budget {\n          category\n          label\n          awardedCents\n          paidCents\n          pendingCents\n          remainingCents\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsCreate($awardId: ID!, $input: PaymentRequestInput!) {\n    createPaymentRequest(awardId: $awardId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsCreate($awardId: ID!, $input: PaymentRequestInput!) {\n    createPaymentRequest(awardId: $awardId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsSave($id: ID!, $version: Int!, $input: PaymentRequestInput!) {\n    savePaymentRequest(id: $id, version: $version, input: $input) {\n      ...PaymentsRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsSave($id: ID!, $version: Int!, $input: PaymentRequestInput!) {\n    savePaymentRequest(id: $id, version: $version, input: $input) {\n      ...PaymentsRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsSubmit($id: ID!, $version: Int!) {\n    submitPaymentRequest(id: $id, version: $version) {\n      ...PaymentsRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsSubmit($id: ID!, $version: Int!) {\n    submitPaymentRequest(id: $id, version: $version) {\n      ...PaymentsRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsReview($id: ID!, $decision: PaymentReviewDecision!, $note: String) {\n    reviewPaymentRequest(id: $id, decision: $decision, note: $note) {\n      ...PaymentsRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsReview($id: ID!, $decision: PaymentReviewDecision!, $note: String) {\n    reviewPaymentRequest(id: $id, decision: $decision, note: $note) {\n      ...PaymentsRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsQueue($status: PaymentStatus!, $first: Int!, $after: String) {\n    paymentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        approvals {\n          id\n          decision\n          cycle\n          user {\n            id\n          }\n        }\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsQueue($status: PaymentStatus!, $first: Int!, $after: String) {\n    paymentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        kind\n        status\n        totalCents\n        submittedAt\n        approvals {\n          id\n          decision\n          cycle\n          user {\n            id\n          }\n        }\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsBatches {\n    approved: paymentRequests(status: APPROVED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    failed: paymentRequests(status: FAILED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        failureReason\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    paymentBatches(first: 100) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        totalCents\n        complete\n        items {\n          paymentRequestId\n          outcome\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsBatches {\n    approved: paymentRequests(status: APPROVED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    failed: paymentRequests(status: FAILED, first: 100) {\n      totalCount\n      nodes {\n        id\n        reference\n        kind\n        totalCents\n        failureReason\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    paymentBatches(first: 100) {\n      totalCount\n      nodes {\n        id\n        createdAt\n        totalCents\n        complete\n        items {\n          paymentRequestId\n          outcome\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsSchedule($ids: [ID!]!) {\n    schedulePayments(paymentRequestIds: $ids) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsSchedule($ids: [ID!]!) {\n    schedulePayments(paymentRequestIds: $ids) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentsBatchFields on PaymentBatch {\n    id\n    createdAt\n    totalCents\n    complete\n    csvUrl\n    items {\n      paymentRequestId\n      amountCents\n      outcome\n      paidOn\n      reference\n      note\n      recordedAt\n      paymentRequest {\n        id\n        reference\n        kind\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaymentsBatchFields on PaymentBatch {\n    id\n    createdAt\n    totalCents\n    complete\n    csvUrl\n    items {\n      paymentRequestId\n      amountCents\n      outcome\n      paidOn\n      reference\n      note\n      recordedAt\n      paymentRequest {\n        id\n        reference\n        kind\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsBatch($id: ID!) {\n    paymentBatch(id: $id) {\n      ...PaymentsBatchFields\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsBatch($id: ID!) {\n    paymentBatch(id: $id) {\n      ...PaymentsBatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsRecord($batchId: ID!, $results: [PaymentResultInput!]!) {\n    recordPaymentResults(batchId: $batchId, results: $results) {\n      ...PaymentsBatchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsRecord($batchId: ID!, $results: [PaymentResultInput!]!) {\n    recordPaymentResults(batchId: $batchId, results: $results) {\n      ...PaymentsBatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsReportComparison($id: ID!) {\n    quarterlyReport(id: $id) {\n      id\n      paymentComparison {\n        category\n        reportedCents\n        paidCents\n        differenceCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsReportComparison($id: ID!) {\n    quarterlyReport(id: $id) {\n      id\n      paymentComparison {\n        category\n        reportedCents\n        paidCents\n        differenceCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentsAmendmentFields on AwardAmendment {\n    id\n    number\n    status\n    amountCents\n    endDate\n    budgetLines {\n      category\n      amountCents\n    }\n    reason\n    proposedAt\n    proposedBy\n    decidedAt\n    decidedBy\n    decisionNote\n    previous {\n      amountCents\n      endDate\n      budgetLines {\n        category\n        amountCents\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaymentsAmendmentFields on AwardAmendment {\n    id\n    number\n    status\n    amountCents\n    endDate\n    budgetLines {\n      category\n      amountCents\n    }\n    reason\n    proposedAt\n    proposedBy\n    decidedAt\n    decidedBy\n    decisionNote\n    previous {\n      amountCents\n      endDate\n      budgetLines {\n        category\n        amountCents\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaymentsAwardAmendments($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      version\n      status\n      amountCents\n      startDate\n      endDate\n      budget {\n        category\n        label\n        awardedCents\n      }\n      amendments {\n        ...PaymentsAmendmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PaymentsAwardAmendments($awardId: ID!) {\n    award(id: $awardId) {\n      id\n      version\n      status\n      amountCents\n      startDate\n      endDate\n      budget {\n        category\n        label\n        awardedCents\n      }\n      amendments {\n        ...PaymentsAmendmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsAmendAward($awardId: ID!, $version: Int!, $input: AwardAmendmentInput!) {\n    amendAward(awardId: $awardId, version: $version, input: $input) {\n      ...PaymentsAmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsAmendAward($awardId: ID!, $version: Int!, $input: AwardAmendmentInput!) {\n    amendAward(awardId: $awardId, version: $version, input: $input) {\n      ...PaymentsAmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PaymentsDecideAwardAmendment($id: ID!, $decision: AmendmentDecision!, $note: String) {\n    decideAwardAmendment(id: $id, decision: $decision, note: $note) {\n      ...PaymentsAmendmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PaymentsDecideAwardAmendment($id: ID!, $decision: AmendmentDecision!, $note: String) {\n    decideAwardAmendment(id: $id, decision: $decision, note: $note) {\n      ...PaymentsAmendmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportingMilestoneRow on ReportingMilestone {\n    id\n    kind\n    label\n    periodStart\n    periodEnd\n    dueDate\n    status\n    report {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportingMilestoneRow on ReportingMilestone {\n    id\n    kind\n    label\n    periodStart\n    periodEnd\n    dueDate\n    status\n    report {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportingAwardSummary on Award {\n    id\n    amountCents\n    startDate\n    endDate\n    status\n    organization {\n      id\n      name\n    }\n    round {\n      id\n      title\n      timeZone\n    }\n    application {\n      id\n      title\n    }\n    milestones {\n      ...ReportingMilestoneRow\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportingAwardSummary on Award {\n    id\n    amountCents\n    startDate\n    endDate\n    status\n    organization {\n      id\n      name\n    }\n    round {\n      id\n      title\n      timeZone\n    }\n    application {\n      id\n      title\n    }\n    milestones {\n      ...ReportingMilestoneRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingAwards($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        ...ReportingAwardSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ReportingAwards($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        ...ReportingAwardSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingAward($id: ID!) {\n    award(id: $id) {\n      ...ReportingAwardSummary\n    }\n  }\n',
): (typeof documents)['\n  query ReportingAward($id: ID!) {\n    award(id: $id) {\n      ...ReportingAwardSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingMilestoneLookup($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        id\n        amountCents\n        startDate\n        endDate\n        status\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n          timeZone\n        }\n        application {\n          id\n          title\n          budgetLines {\n            category\n            amountCents\n          }\n        }\n        milestones {\n          id\n          kind\n          label\n          periodStart\n          periodEnd\n          dueDate\n          status\n          report {\n            id\n            status\n            spending {\n              category\n              amountCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingMilestoneLookup($first: Int!, $after: String) {\n    awards(first: $first, after: $after) {\n      nodes {\n        id\n        amountCents\n        startDate\n        endDate\n        status\n        organization {\n          id\n          name\n        }\n        round {\n          id\n          title\n          timeZone\n        }\n        application {\n          id\n          title\n          budgetLines {\n            category\n            amountCents\n          }\n        }\n        milestones {\n          id\n          kind\n          label\n          periodStart\n          periodEnd\n          dueDate\n          status\n          report {\n            id\n            status\n            spending {\n              category\n              amountCents\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportingReportState on QuarterlyReport {\n    id\n    status\n    version\n    metrics {\n      key\n      value\n    }\n    spending {\n      category\n      amountCents\n    }\n    narrative {\n      successes\n      challenges\n    }\n    confirmedWarnings\n    reviewNote\n    submittedAt\n    check {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n      safeguardDeviations {\n        key\n        label\n        expected\n        actual\n      }\n    }\n    spendingSummary {\n      category\n      label\n      budgetCents\n      thisPeriodCents\n      cumulativeCents\n      remainingCents\n    }\n    versions {\n      number\n      submittedAt\n      metrics {\n        key\n        value\n      }\n      spending {\n        category\n        amountCents\n      }\n      narrative {\n        successes\n        challenges\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportingReportState on QuarterlyReport {\n    id\n    status\n    version\n    metrics {\n      key\n      value\n    }\n    spending {\n      category\n      amountCents\n    }\n    narrative {\n      successes\n      challenges\n    }\n    confirmedWarnings\n    reviewNote\n    submittedAt\n    check {\n      errors {\n        field\n        message\n      }\n      warnings {\n        field\n        message\n      }\n      safeguardDeviations {\n        key\n        label\n        expected\n        actual\n      }\n    }\n    spendingSummary {\n      category\n      label\n      budgetCents\n      thisPeriodCents\n      cumulativeCents\n      remainingCents\n    }\n    versions {\n      number\n      submittedAt\n      metrics {\n        key\n        value\n      }\n      spending {\n        category\n        amountCents\n      }\n      narrative {\n        successes\n        challenges\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingReport($id: ID!) {\n    quarterlyReport(id: $id) {\n      ...ReportingReportState\n      milestone {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          amountCents\n          startDate\n          endDate\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n          application {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingReport($id: ID!) {\n    quarterlyReport(id: $id) {\n      ...ReportingReportState\n      milestone {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          amountCents\n          startDate\n          endDate\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n          application {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingSaveReport($milestoneId: ID!, $version: Int, $input: QuarterlyReportInput!) {\n    saveQuarterlyReport(milestoneId: $milestoneId, version: $version, input: $input) {\n      ...ReportingReportState\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingSaveReport($milestoneId: ID!, $version: Int, $input: QuarterlyReportInput!) {\n    saveQuarterlyReport(milestoneId: $milestoneId, version: $version, input: $input) {\n      ...ReportingReportState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingSubmitReport($reportId: ID!, $version: Int!) {\n    submitQuarterlyReport(reportId: $reportId, version: $version) {\n      ...ReportingReportState\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingSubmitReport($reportId: ID!, $version: Int!) {\n    submitQuarterlyReport(reportId: $reportId, version: $version) {\n      ...ReportingReportState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportingReviewReport($reportId: ID!, $decision: ReportDecision!, $note: String) {\n    reviewQuarterlyReport(reportId: $reportId, decision: $decision, note: $note) {\n      ...ReportingReportState\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportingReviewReport($reportId: ID!, $decision: ReportDecision!, $note: String) {\n    reviewQuarterlyReport(reportId: $reportId, decision: $decision, note: $note) {\n      ...ReportingReportState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingQueue($status: MilestoneStatus!, $first: Int!, $after: String) {\n    reportingMilestones(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n        }\n        report {\n          id\n          status\n          version\n          submittedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ReportingQueue($status: MilestoneStatus!, $first: Int!, $after: String) {\n    reportingMilestones(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        label\n        periodStart\n        periodEnd\n        dueDate\n        status\n        award {\n          id\n          organization {\n            id\n            name\n          }\n          round {\n            id\n            title\n            timeZone\n          }\n        }\n        report {\n          id\n          status\n          version\n          submittedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingReportTrail($reportId: ID!, $after: String) {\n    auditEvents(entityType: "QuarterlyReport", entityId: $reportId, first: 100, after: $after) {\n      nodes {\n        id\n        action\n        actorEmail\n        after\n        occurredAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingReportTrail($reportId: ID!, $after: String) {\n    auditEvents(entityType: "QuarterlyReport", entityId: $reportId, first: 100, after: $after) {\n      nodes {\n        id\n        action\n        actorEmail\n        after\n        occurredAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingOutbox($first: Int!, $after: String, $recipient: String) {\n    outboxMessages(first: $first, after: $after, recipient: $recipient) {\n      nodes {\n        id\n        kind\n        recipientEmail\n        subject\n        body\n        createdAt\n        sentAt\n        attempts\n        lastError\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ReportingOutbox($first: Int!, $after: String, $recipient: String) {\n    outboxMessages(first: $first, after: $after, recipient: $recipient) {\n      nodes {\n        id\n        kind\n        recipientEmail\n        subject\n        body\n        createdAt\n        sentAt\n        attempts\n        lastError\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerQueue($first: Int!, $after: String) {\n    myReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        organizationName\n        ratedCount\n        submittedAt\n        round {\n          id\n          title\n          status\n          closesAtLocal\n          checklist {\n            id\n            itemCount\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerQueue($first: Int!, $after: String) {\n    myReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        organizationName\n        ratedCount\n        submittedAt\n        round {\n          id\n          title\n          status\n          closesAtLocal\n          checklist {\n            id\n            itemCount\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewerAssignmentState on ReviewAssignment {\n    id\n    status\n    version\n    scores {\n      itemKey\n      rating\n      comment\n    }\n    overallComment\n    ratedCount\n    submittedAt\n  }\n',
): (typeof documents)['\n  fragment ReviewerAssignmentState on ReviewAssignment {\n    id\n    status\n    version\n    scores {\n      itemKey\n      rating\n      comment\n    }\n    overallComment\n    ratedCount\n    submittedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewerAssignmentState\n      applicationId\n      organizationName\n      conflictExplanation\n      declaredAt\n      round {\n        id\n        title\n        status\n        closesAtLocal\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            reviewerGuidance\n            weight\n            critical\n            sources {\n              id\n              citation\n              url\n            }\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n      application {\n        id\n        title\n        summary\n        requestedCents\n        lawEnforcementRole\n        warrantChecks\n        responses {\n          itemKey\n          narrative\n          selfRating\n        }\n        budgetLines {\n          category\n          description\n          amountCents\n        }\n        budgetTotalCents\n        targets {\n          metricKey\n          value\n        }\n        safeguardFlags {\n          code\n          message\n          source {\n            id\n            citation\n            url\n          }\n        }\n        attachments {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerAssignment($id: ID!) {\n    reviewAssignment(id: $id) {\n      ...ReviewerAssignmentState\n      applicationId\n      organizationName\n      conflictExplanation\n      declaredAt\n      round {\n        id\n        title\n        status\n        closesAtLocal\n        checklist {\n          id\n          key\n          version\n          title\n          domains {\n            key\n            title\n          }\n          items {\n            key\n            domain\n            title\n            description\n            reviewerGuidance\n            weight\n            critical\n            sources {\n              id\n              citation\n              url\n            }\n          }\n          scale {\n            value\n            label\n            meaning\n          }\n        }\n      }\n      application {\n        id\n        title\n        summary\n        requestedCents\n        lawEnforcementRole\n        warrantChecks\n        responses {\n          itemKey\n          narrative\n          selfRating\n        }\n        budgetLines {\n          category\n          description\n          amountCents\n        }\n        budgetTotalCents\n        targets {\n          metricKey\n          value\n        }\n        safeguardFlags {\n          code\n          message\n          source {\n            id\n            citation\n            url\n          }\n        }\n        attachments {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewerDeclareConflict($assignmentId: ID!, $hasConflict: Boolean!, $explanation: String) {\n    declareConflict(assignmentId: $assignmentId, hasConflict: $hasConflict, explanation: $explanation) {\n      id\n      status\n      version\n      conflictExplanation\n      declaredAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewerDeclareConflict($assignmentId: ID!, $hasConflict: Boolean!, $explanation: String) {\n    declareConflict(assignmentId: $assignmentId, hasConflict: $hasConflict, explanation: $explanation) {\n      id\n      status\n      version\n      conflictExplanation\n      declaredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewerSaveReview($assignmentId: ID!, $version: Int!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, version: $version, input: $input) {\n      ...ReviewerAssignmentState\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewerSaveReview($assignmentId: ID!, $version: Int!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, version: $version, input: $input) {\n      ...ReviewerAssignmentState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewerSubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewerAssignmentState\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewerSubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewerAssignmentState\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewerApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      overallComment\n      submittedAt\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewerApplicationReviews($applicationId: ID!) {\n    applicationReviews(applicationId: $applicationId) {\n      label\n      overallComment\n      submittedAt\n      scores {\n        itemKey\n        rating\n        comment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundsChecklist($key: String!, $version: String) {\n    checklist(key: $key, version: $version) {\n      id\n      key\n      version\n      title\n      about\n      scoring\n      publishedAt\n      scale {\n        value\n        label\n        meaning\n      }\n      domains {\n        key\n        title\n      }\n      items {\n        key\n        domain\n        title\n        description\n        reviewerGuidance\n        weight\n        critical\n        sources {\n          id\n          citation\n          url\n        }\n      }\n      sources {\n        id\n        citation\n        url\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundsChecklist($key: String!, $version: String) {\n    checklist(key: $key, version: $version) {\n      id\n      key\n      version\n      title\n      about\n      scoring\n      publishedAt\n      scale {\n        value\n        label\n        meaning\n      }\n      domains {\n        key\n        title\n      }\n      items {\n        key\n        domain\n        title\n        description\n        reviewerGuidance\n        weight\n        critical\n        sources {\n          id\n          citation\n          url\n        }\n      }\n      sources {\n        id\n        citation\n        url\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsPublishChecklistVersion($input: ChecklistInput!) {\n    publishChecklistVersion(input: $input) {\n      id\n      key\n      version\n      title\n      items {\n        key\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsPublishChecklistVersion($input: ChecklistInput!) {\n    publishChecklistVersion(input: $input) {\n      id\n      key\n      version\n      title\n      items {\n        key\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundsList($first: Int!, $after: String, $status: RoundStatus) {\n    fundingRounds(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        accepting\n        opensAtLocal\n        closesAtLocal\n        budgetCents\n        minAwardCents\n        maxAwardCents\n        eligibleKinds\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundsList($first: Int!, $after: String, $status: RoundStatus) {\n    fundingRounds(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        accepting\n        opensAtLocal\n        closesAtLocal\n        budgetCents\n        minAwardCents\n        maxAwardCents\n        eligibleKinds\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundsRoundDetail($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      title\n      description\n      status\n      accepting\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      grantStart\n      grantEnd\n      reviewersPerApplication\n      checklist {\n        id\n        key\n        version\n        title\n        scale {\n          value\n          label\n          meaning\n        }\n        domains {\n          key\n          title\n        }\n        items {\n          key\n          domain\n          title\n          description\n          weight\n          critical\n          sources {\n            id\n            citation\n            url\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundsRoundDetail($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      title\n      description\n      status\n      accepting\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      grantStart\n      grantEnd\n      reviewersPerApplication\n      checklist {\n        id\n        key\n        version\n        title\n        scale {\n          value\n          label\n          meaning\n        }\n        domains {\n          key\n          title\n        }\n        items {\n          key\n          domain\n          title\n          description\n          weight\n          critical\n          sources {\n            id\n            citation\n            url\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundsRoundForEdit($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      version\n      status\n      title\n      description\n      opensAt\n      closesAt\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundsRoundForEdit($id: ID!) {\n    fundingRound(id: $id) {\n      id\n      version\n      status\n      title\n      description\n      opensAt\n      closesAt\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsCreateFundingRound($input: CreateFundingRoundInput!) {\n    createFundingRound(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsCreateFundingRound($input: CreateFundingRoundInput!) {\n    createFundingRound(input: $input) {\n      id\n      version\n      status\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsUpdateFundingRound($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) {\n    updateFundingRound(id: $id, version: $version, input: $input) {\n      id\n      version\n      status\n      accepting\n      title\n      description\n      opensAt\n      closesAt\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsUpdateFundingRound($id: ID!, $version: Int!, $input: UpdateFundingRoundInput!) {\n    updateFundingRound(id: $id, version: $version, input: $input) {\n      id\n      version\n      status\n      accepting\n      title\n      description\n      opensAt\n      closesAt\n      opensAtLocal\n      closesAtLocal\n      timeZone\n      budgetCents\n      minAwardCents\n      maxAwardCents\n      eligibleKinds\n      reviewersPerApplication\n      grantStart\n      grantEnd\n      checklist {\n        id\n        key\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsPublishFundingRound($id: ID!) {\n    publishFundingRound(id: $id) {\n      id\n      version\n      status\n      accepting\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsPublishFundingRound($id: ID!) {\n    publishFundingRound(id: $id) {\n      id\n      version\n      status\n      accepting\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundsApplicantOrganizations {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundsApplicantOrganizations {\n    me {\n      id\n      memberships {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsStartApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsStartApplication($roundId: ID!, $organizationId: ID!) {\n    createApplication(roundId: $roundId, organizationId: $organizationId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RoundsCloseFundingRound($id: ID!, $reason: String!) {\n    closeFundingRound(id: $id, reason: $reason) {\n      id\n      version\n      status\n      accepting\n      closesAt\n      closesAtLocal\n    }\n  }\n',
): (typeof documents)['\n  mutation RoundsCloseFundingRound($id: ID!, $reason: String!) {\n    closeFundingRound(id: $id, reason: $reason) {\n      id\n      version\n      status\n      accepting\n      closesAt\n      closesAtLocal\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
