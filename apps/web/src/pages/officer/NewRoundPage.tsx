import { useNavigate } from 'react-router';
import { Breadcrumbs, CreateRoundForm } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequireOfficer } from './RequireOfficer';
import type { EditRoundLocationState } from './EditRoundPage';

const TITLE = 'New funding round';

export function NewRoundPage() {
  const navigate = useNavigate();
  return (
    <RequireOfficer title={TITLE}>
      <Breadcrumbs trail={[{ label: 'Funding rounds', to: paths.rounds }]} current={TITLE} />
      <PageHeading>{TITLE}</PageHeading>
      <p className="usa-intro">
        The round is saved as a draft that only program officers and auditors can see. You can publish it once it is
        saved.
      </p>
      <CreateRoundForm
        cancelHref={paths.rounds}
        onCreated={(roundId) =>
          navigate(paths.editRound(roundId), { state: { created: true } satisfies EditRoundLocationState })
        }
      />
    </RequireOfficer>
  );
}
