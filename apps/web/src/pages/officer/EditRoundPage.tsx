import { useLocation, useParams } from 'react-router';
import { Alert } from '@trussworks/react-uswds';
import { Breadcrumbs, EditRoundForm, isNotFound, LoadFailed, Loading, useRoundForEdit } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { RoundFundingForm } from '@abate/web/ledger';
import { paths } from '../../paths';
import { RoundNotFound } from '../rounds/RoundPage';
import { RequireOfficer } from './RequireOfficer';

/** Sent by the new-round page so the edit page can say the draft was saved. */
export interface EditRoundLocationState {
  created?: boolean;
  /** Why the new-round page could not save the round's fund and strategies. */
  fundingProblem?: string;
}

const TITLE = 'Edit funding round';

export function EditRoundPage() {
  return (
    <RequireOfficer title={TITLE}>
      <EditRound />
    </RequireOfficer>
  );
}

function EditRound() {
  const { roundId = '' } = useParams();
  const state = useLocation().state as EditRoundLocationState | null;
  const created = state?.created === true;
  const { round, fetching, error, retry, reload } = useRoundForEdit(roundId);

  if (fetching && !round) return <Loading what="Loading the funding round…" />;
  if (!round && isNotFound(error)) return <RoundNotFound />;
  if (!round) {
    return (
      <>
        <PageHeading>{TITLE}</PageHeading>
        {error && <LoadFailed error={error} what="this funding round" onRetry={retry} />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Funding rounds', to: paths.rounds },
          { label: round.title, to: paths.round(round.id) },
        ]}
        current="Edit"
      />
      <PageHeading>{`Edit ${round.title}`}</PageHeading>
      <EditRoundForm
        key={round.id}
        round={round}
        onReload={reload}
        roundHref={paths.round(round.id)}
        initialNotice={
          created
            ? 'The round is saved as a draft. Only program officers and auditors can see it until you publish it.'
            : undefined
        }
      />
      {state?.fundingProblem && (
        <Alert type="error" className="margin-top-4" role="alert">
          The round is saved, but not its settlement fund: {state.fundingProblem} Choose the fund and strategies again
          below.
        </Alert>
      )}
      <RoundFundingForm roundId={round.id} />
    </>
  );
}
