import { TransparencyView } from '@abate/web/insights';
import { Link } from 'react-router';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** /transparency?roundId=…: the public record of awards, outcomes and spending; no sign-in. */
export function TransparencyPage() {
  return (
    <>
      <PageHeading>Where the opioid-settlement money went</PageHeading>
      <p>
        What each settlement fund received, authorized and spent, by strategy:{' '}
        <Link to={paths.publicSpending} className="usa-link">
          settlement fund spending
        </Link>
        .
      </p>
      <TransparencyView />
    </>
  );
}
