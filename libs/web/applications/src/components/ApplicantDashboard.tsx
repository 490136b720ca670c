import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { PageHeading } from '@abate/web/ui';
import {
  useApplicantDashboard,
  useCreateApplication,
  type DashboardApplication,
  type DashboardRound,
} from '../hooks/useApplicantDashboard';
import { organizationKindPlural } from '../model/labels';
import { StatusTag } from './StatusTag';
import { formatLocalDateTime } from '@abate/web/core';

export interface ApplicantDashboardProps {
  applicationHref: (applicationId: string) => string;
  receiptHref: (applicationId: string) => string;
  roundHref: (roundId: string) => string;
  /** A new draft was created: open it. */
  onCreated: (applicationId: string) => void;
}

interface RoundActionProps {
  round: DashboardRound;
  organization: { id: string; name: string; kind: string } | undefined;
  existing: DashboardApplication | undefined;
  applicationHref: (applicationId: string) => string;
  creating: boolean;
  onStart: (roundId: string) => void;
}

function RoundAction({ round, organization, existing, applicationHref, creating, onStart }: RoundActionProps) {
  if (!organization) return null;
  if (existing) {
    return (
      <Link className="usa-button" to={applicationHref(existing.id)}>
        {existing.status === 'DRAFT' ? 'Continue your application' : 'View your application'}
        <span className="usa-sr-only"> to {round.title}</span>
      </Link>
    );
  }
  if (!round.eligibleKinds.includes(organization.kind as never)) {
    return (
      <p className="margin-0">
        Open to {round.eligibleKinds.map((kind) => organizationKindPlural[kind]).join(', ')} only; {organization.name}{' '}
        cannot apply.
      </p>
    );
  }
  return (
    <Button type="button" onClick={() => onStart(round.id)} disabled={creating}>
      {creating ? 'Starting…' : 'Start an application'}
      <span className="usa-sr-only"> to {round.title}</span>
    </Button>
  );
}

/** The applicant's open rounds (with "Start an application") and their organizations' applications. */
export function ApplicantDashboard({ applicationHref, receiptHref, roundHref, onCreated }: ApplicantDashboardProps) {
  const { data, fetching, errors } = useApplicantDashboard();
  const { create, creating, error: createError } = useCreateApplication();
  const [chosenOrganizationId, setChosenOrganizationId] = useState('');
  const [startingRoundId, setStartingRoundId] = useState<string | null>(null);

  const memberships = useMemo(() => data?.me?.memberships ?? [], [data]);
  const organization =
    memberships.find((m) => m.organization.id === chosenOrganizationId)?.organization ?? memberships[0]?.organization;
  const openRounds = (data?.fundingRounds.nodes ?? []).filter((round) => round.accepting);
  const applications = useMemo(
    () => [...(data?.applications.nodes ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [data],
  );
  const severalOrganizations = memberships.length > 1;

  const start = async (roundId: string) => {
    if (!organization) return;
    setStartingRoundId(roundId);
    const id = await create(roundId, organization.id);
    setStartingRoundId(null);
    if (id) onCreated(id);
  };

  if (!data && fetching) {
    return (
      <>
        <PageHeading>Your applications</PageHeading>
        <p aria-live="polite" aria-busy="true">
          Loading…
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Your applications</PageHeading>
      {errors.length > 0 && (
        <Alert type="error" className="margin-bottom-3" role="alert">
          <p className="usa-alert__text">
            {errors[0].code === 'NETWORK'
              ? 'Abate could not be reached. Check your connection, then reload the page.'
              : errors[0].message}
          </p>
        </Alert>
      )}

      {data && memberships.length === 0 && (
        <Alert type="info" className="margin-bottom-3">
          <p className="usa-alert__text">
            Your account is not linked to an organization yet, so you cannot start an application. Ask your program
            officer to add you to your organization.
          </p>
        </Alert>
      )}

      {severalOrganizations && (
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="organization">
            Organization you are applying for
          </label>
          <select
            className="usa-select"
            id="organization"
            name="organization"
            value={organization?.id ?? ''}
            onChange={(event) => setChosenOrganizationId(event.target.value)}
          >
            {memberships.map(({ organization: org }) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {memberships.length === 1 && organization && (
        <p>
          You apply for <strong>{organization.name}</strong>.
        </p>
      )}

      <h2>Open funding rounds</h2>
      {createError && (
        <Alert type="error" className="margin-bottom-3" role="alert">
          <p className="usa-alert__text">
            The application was not started:{' '}
            {createError.code === 'NETWORK' ? 'Abate could not be reached. Try again.' : createError.message}
          </p>
        </Alert>
      )}
      {data && openRounds.length === 0 && <p>No funding rounds are accepting applications right now.</p>}
      {openRounds.length > 0 && (
        <ul className="usa-card-group">
          {openRounds.map((round) => {
            const existing = applications.find(
              (a) => a.round.id === round.id && a.organization.id === organization?.id && a.status !== 'WITHDRAWN',
            );
            return (
              <li key={round.id} className="usa-card tablet:grid-col-6">
                <div className="usa-card__container">
                  <div className="usa-card__header">
                    <h3 className="usa-card__heading">{round.title}</h3>
                  </div>
                  <div className="usa-card__body">
                    <p>Applications close {round.closesAtLocal}.</p>
                    <p>
                      Awards from {formatDollars(round.minAwardCents)} to {formatDollars(round.maxAwardCents)}.
                    </p>
                    <p>
                      <Link className="usa-link" to={roundHref(round.id)}>
                        About this round<span className="usa-sr-only">: {round.title}</span>
                      </Link>
                    </p>
                  </div>
                  <div className="usa-card__footer">
                    <RoundAction
                      round={round}
                      organization={organization}
                      existing={existing}
                      applicationHref={applicationHref}
                      creating={creating && startingRoundId === round.id}
                      onStart={(roundId) => void start(roundId)}
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <h2>{severalOrganizations ? 'Your organizations’ applications' : 'Your organization’s applications'}</h2>
      {data && applications.length === 0 ? (
        <p>No applications yet. Start one from an open round above.</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full" id="applications-table">
          <caption className="usa-sr-only">Applications</caption>
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Round</th>
              {severalOrganizations && <th scope="col">Organization</th>}
              <th scope="col">Status</th>
              <th scope="col">Tracking id</th>
              <th scope="col">Last saved</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((application) => (
              <tr key={application.id}>
                <th scope="row" data-label="Application">
                  <Link className="usa-link" to={applicationHref(application.id)}>
                    {application.title || 'Untitled'}
                  </Link>
                </th>
                <td data-label="Round">{application.round.title}</td>
                {severalOrganizations && <td data-label="Organization">{application.organization.name}</td>}
                <td data-label="Status">
                  <StatusTag status={application.status} />
                </td>
                <td data-label="Tracking id">
                  {application.trackingId ? (
                    <Link className="usa-link" to={receiptHref(application.id)}>
                      {application.trackingId}
                      <span className="usa-sr-only"> (receipt)</span>
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label="Last saved">
                  <time dateTime={application.updatedAt}>{formatLocalDateTime(application.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.applications.totalCount > data.applications.nodes.length && (
        <p className="usa-hint">
          Showing {data.applications.nodes.length} of {data.applications.totalCount} applications.
        </p>
      )}
    </>
  );
}
