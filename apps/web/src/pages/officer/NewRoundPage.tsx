import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Breadcrumbs, CreateRoundForm } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { NO_ROUND_FUNDING, RoundFundingFields, useSaveRoundFunding } from '@abate/web/ledger';
import type { RoundFundingValue } from '@abate/web/ledger';
import { paths } from '../../paths';
import { RequireOfficer } from './RequireOfficer';
import type { EditRoundLocationState } from './EditRoundPage';

const TITLE = 'New funding round';

export function NewRoundPage() {
  const navigate = useNavigate();
  const [funding, setFunding] = useState<RoundFundingValue>(NO_ROUND_FUNDING);
  const [, saveFunding] = useSaveRoundFunding();
  // The draft exists once created; its fund and strategies follow. If they are refused, the edit page says why.
  const created = async (roundId: string) => {
    const fundingProblem = funding.fundId ? await saveFunding(roundId, funding) : null;
    const state: EditRoundLocationState = { created: true, ...(fundingProblem ? { fundingProblem } : {}) };
    navigate(paths.editRound(roundId), { state });
  };
  return (
    <RequireOfficer title={TITLE}>
      <Breadcrumbs trail={[{ label: 'Funding rounds', to: paths.rounds }]} current={TITLE} />
      <PageHeading>{TITLE}</PageHeading>
      <p className="usa-intro">
        The round is saved as a draft that only program officers and auditors can see. You can publish it once it is
        saved.
      </p>
      <CreateRoundForm cancelHref={paths.rounds} onCreated={created}>
        <fieldset className="usa-fieldset margin-top-4">
          <legend className="usa-legend usa-legend--large">Settlement fund and strategies</legend>
          <RoundFundingFields value={funding} onChange={setFunding} />
        </fieldset>
      </CreateRoundForm>
    </RequireOfficer>
  );
}
