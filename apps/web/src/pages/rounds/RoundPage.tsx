import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser, can } from '@abate/web/identity';
import { ButtonGroup } from '@trussworks/react-uswds';
import { Breadcrumbs, isNotFound, LoadFailed, Loading, RoundOverview, useFundingRound } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { roundsLinks } from './rounds-links';

export function RoundPage() {
  const { roundId = '' } = useParams();
  const { round, fetching, error, retry } = useFundingRound(roundId);
  const { user } = useCurrentUser();
  const navigate = useNavigate();

  if (fetching && !round) return <Loading what="Loading the funding round…" />;
  if (!round && isNotFound(error)) return <RoundNotFound />;
  if (!round) {
    return (
      <>
        <PageHeading>Funding round</PageHeading>
        {error && <LoadFailed error={error} what="this funding round" onRetry={retry} />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Funding rounds', to: paths.rounds }]} current={round.title} />
      <PageHeading>{round.title}</PageHeading>
      <RoundOverview
        round={round}
        links={roundsLinks}
        viewer={{ signedIn: Boolean(user), roles: user?.roles ?? [] }}
        onApplicationStarted={(applicationId) => navigate(paths.application(applicationId))}
      />
      {can.readAll(user?.roles) && round.status !== 'DRAFT' && (
        <ButtonGroup className="margin-top-3">
          <Link className="usa-button usa-button--outline" to={paths.assignReviewers(round.id)}>
            Reviewer assignments
          </Link>
          <Link className="usa-button usa-button--outline" to={paths.ranking(round.id)}>
            Ranking and decisions
          </Link>
        </ButtonGroup>
      )}
    </>
  );
}

export function RoundNotFound() {
  return (
    <div className="usa-prose">
      <PageHeading>Funding round not found</PageHeading>
      <p className="usa-intro">
        We can’t find that funding round. It may not be published yet, or the link may be wrong.
      </p>
      <p>
        <Link className="usa-button" to={paths.rounds}>
          See all funding rounds
        </Link>
      </p>
    </div>
  );
}
