import { useParams } from 'react-router';
import { FundBook } from '@abate/web/ledger';
import { PageHeading } from '@abate/web/ui';
import { RequireBooks } from './RequireBooks';

/** /finance/funds/:fundId: balances, entries, forms and reports of one fund. */
export function FundPage() {
  const { fundId = '' } = useParams();
  return (
    <RequireBooks title="Settlement fund">
      {(canWrite) => (
        <>
          <PageHeading>Settlement fund</PageHeading>
          <FundBook fundId={fundId} canWrite={canWrite} />
        </>
      )}
    </RequireBooks>
  );
}
