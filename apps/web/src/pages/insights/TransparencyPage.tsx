import { TransparencyView } from '@abate/web/insights';
import { PageHeading } from '@abate/web/ui';

/** /transparency?roundId=…: the public record of awards, outcomes and spending; no sign-in. */
export function TransparencyPage() {
  return (
    <>
      <PageHeading>Where the opioid-settlement money went</PageHeading>
      <TransparencyView />
    </>
  );
}
