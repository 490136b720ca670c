import { Breadcrumbs, ChecklistPublisher } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequireOfficer } from './RequireOfficer';

const TITLE = 'Publish a checklist version';

export function PublishChecklistPage() {
  return (
    <RequireOfficer title={TITLE}>
      <Breadcrumbs trail={[{ label: 'Funding rounds', to: paths.rounds }]} current={TITLE} />
      <PageHeading>{TITLE}</PageHeading>
      <p className="usa-intro">
        A checklist version is the rubric reviewers score applications against. Once published it never changes, and
        each round keeps the version it was set up with.
      </p>
      <ChecklistPublisher checklistHref={paths.checklist} />
    </RequireOfficer>
  );
}
