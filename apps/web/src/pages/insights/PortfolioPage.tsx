import { PortfolioDashboard } from '@abate/web/insights';
import { PageHeading } from '@abate/web/ui';
import { RequireReviewAccess } from '../awards/RequireReviewAccess';

const TITLE = 'Portfolio outcomes';

/** /officer/portfolio?roundId=…: outcomes, spending, safeguard flags and overdue reports across the awards (officers and auditors). */
export function PortfolioPage() {
  return (
    <RequireReviewAccess title={TITLE}>
      {() => (
        <>
          <PageHeading>{TITLE}</PageHeading>
          <p className="usa-intro margin-bottom-4">
            How the grantees are doing: what their quarterly reports add up to, progress on their targets, spending
            against budget, and what needs follow-up.
          </p>
          <PortfolioDashboard />
        </>
      )}
    </RequireReviewAccess>
  );
}
