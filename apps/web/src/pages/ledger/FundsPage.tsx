import { FundList } from '@abate/web/ledger';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequireBooks } from './RequireBooks';

const TITLE = 'Settlement funds';

/** /finance/funds: the funds whose books the finance officer keeps. */
export function FundsPage() {
  return (
    <RequireBooks title={TITLE}>
      {() => (
        <>
          <PageHeading>{TITLE}</PageHeading>
          <FundList fundPath={paths.fund} />
        </>
      )}
    </RequireBooks>
  );
}
