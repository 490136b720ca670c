import { PublicSpendingView } from '@abate/web/ledger';
import { PageHeading } from '@abate/web/ui';

/** /transparency/settlement-funds: what each settlement fund received and spent, for everyone. */
export function PublicSpendingPage() {
  return (
    <>
      <PageHeading>Settlement fund spending</PageHeading>
      <p className="usa-intro">
        What each opioid settlement fund received, earned and spent by fiscal year and strategy. Non-remediation uses
        are shown apart; no payees or people.
      </p>
      <PublicSpendingView />
    </>
  );
}
