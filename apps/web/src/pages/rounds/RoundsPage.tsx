import { Link } from 'react-router';
import { ButtonGroup } from '@trussworks/react-uswds';
import { useCurrentUser, can } from '@abate/web/identity';
import { Loading, OfficerRoundsTable, PublishedRounds } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** Published rounds for everyone; for program officers, every round with drafts and edit links. */
export function RoundsPage() {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return <Loading />;

  if (can.manage(user?.roles)) {
    return (
      <>
        <PageHeading>Funding rounds</PageHeading>
        <p className="usa-intro">
          Every round, drafts included. A draft is visible only to program officers and auditors until you publish it.
        </p>
        <ButtonGroup className="margin-bottom-3">
          <Link className="usa-button" to={paths.newRound}>
            Create a funding round
          </Link>
          <Link className="usa-button usa-button--outline" to={paths.publishChecklist}>
            Publish a checklist version
          </Link>
        </ButtonGroup>
        <OfficerRoundsTable
          roundHref={paths.round}
          editRoundHref={paths.editRound}
          assignmentsHref={paths.assignReviewers}
          rankingHref={paths.ranking}
        />
      </>
    );
  }

  return (
    <>
      <PageHeading>Funding rounds</PageHeading>
      <p className="usa-intro">
        Competitive rounds of opioid-settlement funding for post-overdose outreach. Each deadline is shown in the
        round’s own time zone.
      </p>
      <PublishedRounds roundHref={paths.round} />
    </>
  );
}
