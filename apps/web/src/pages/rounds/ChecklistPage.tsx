import { Link, useParams } from 'react-router';
import { Breadcrumbs, ChecklistView, isNotFound, LoadFailed, Loading, useChecklist } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** A published checklist version, public: every item with guidance, weights, critical flags and sources. */
export function ChecklistPage() {
  const { key = '', version = '' } = useParams();
  const { checklist, fetching, error, retry } = useChecklist(key, version);

  if (fetching && !checklist) return <Loading what="Loading the checklist…" />;
  if (!checklist && isNotFound(error)) {
    return (
      <div className="usa-prose">
        <PageHeading>Checklist not found</PageHeading>
        <p className="usa-intro">
          We can’t find version {version} of the {key} checklist. It may not be published, or the link may be wrong.
        </p>
        <p>
          <Link className="usa-button" to={paths.rounds}>
            See the funding rounds
          </Link>
        </p>
      </div>
    );
  }
  if (!checklist) {
    return (
      <>
        <PageHeading>Checklist</PageHeading>
        {error && <LoadFailed error={error} what="this checklist" onRetry={retry} />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs
        trail={[{ label: 'Funding rounds', to: paths.rounds }]}
        current={`${checklist.title}, version ${checklist.version}`}
      />
      <PageHeading>{checklist.title}</PageHeading>
      <ChecklistView checklist={checklist} />
    </>
  );
}
