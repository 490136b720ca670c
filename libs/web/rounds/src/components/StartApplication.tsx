import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@trussworks/react-uswds';
import { apiFormErrors, type OrganizationKind } from '@abate/web/core';
import { ErrorSummary, SelectField, type FormError } from '@abate/web/ui';
import { useApplicantOrganizations, useStartApplication } from '../hooks/useStartApplication';
import { eligibleKindsText, organizationKindLabels } from '../lib/labels';
import { Loading } from './LoadState';

const SELECT_ID = 'start-application-organization';

export interface StartApplicationProps {
  round: { id: string; title: string; eligibleKinds: OrganizationKind[]; closesAtLocal: string };
  applicationsHref: string;
  /** Called with the new application's id (the page navigates to it). */
  onStarted: (applicationId: string) => void;
}

/** For an applicant while the round accepts applications: starts a draft for one of their organizations. */
export function StartApplication({ round, applicationsHref, onStarted }: StartApplicationProps) {
  const { memberships, fetching: loadingOrganizations, error: organizationsError } = useApplicantOrganizations(false);
  const { startApplication, fetching } = useStartApplication();
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const organizations = memberships.map((membership) => membership.organization);
  const eligible = organizations.filter((organization) => round.eligibleKinds.includes(organization.kind));
  const ineligible = organizations.filter((organization) => !round.eligibleKinds.includes(organization.kind));
  const organizationId = eligible.length === 1 ? eligible[0].id : chosen;

  const start = async () => {
    if (!organizationId) {
      setErrors([{ message: 'Select the organization you are applying for', fieldId: SELECT_ID }]);
      return;
    }
    setErrors([]);
    const result = await startApplication(round.id, organizationId);
    if (result.error || !result.data) {
      const fieldIdFor = (path: string) => (path === 'organizationId' && eligible.length > 1 ? SELECT_ID : undefined);
      setErrors(
        result.error
          ? apiFormErrors(result.error, fieldIdFor)
          : [{ message: 'The application could not be started. Try again.' }],
      );
      return;
    }
    onStarted(result.data.createApplication.id);
  };

  const fieldError = errors.find((error) => error.fieldId === SELECT_ID)?.message;

  return (
    <section aria-labelledby="apply-heading" className="usa-summary-box margin-y-3 maxw-tablet">
      <div className="usa-summary-box__body">
        <h2 id="apply-heading" className="usa-summary-box__heading">
          Apply to this round
        </h2>
        <div className="usa-summary-box__text">
          <ErrorSummary errors={errors} />
          {loadingOrganizations && organizations.length === 0 ? (
            <Loading what="Loading your organizations…" />
          ) : organizationsError && organizations.length === 0 ? (
            <p>We couldn’t load your organizations. Reload the page to try again.</p>
          ) : eligible.length === 0 ? (
            <p>
              {organizations.length === 0
                ? 'Your account is not linked to an organization yet. Ask your program officer to add you to one.'
                : `This round is open to ${eligibleKindsText(round.eligibleKinds).toLowerCase()}, so ${organizations
                    .map((o) => `${o.name} (${organizationKindLabels[o.kind].toLowerCase()})`)
                    .join(' and ')} can’t apply.`}
            </p>
          ) : (
            <>
              {eligible.length === 1 ? (
                <p>
                  You will apply for <span className="text-bold">{eligible[0].name}</span>. The deadline is{' '}
                  {round.closesAtLocal}.
                </p>
              ) : (
                <SelectField
                  id={SELECT_ID}
                  label="Organization applying"
                  hint={`The deadline is ${round.closesAtLocal}.`}
                  placeholder="- Select -"
                  value={chosen}
                  onChange={setChosen}
                  options={eligible.map((organization) => ({ value: organization.id, label: organization.name }))}
                  error={fieldError}
                />
              )}
              {ineligible.length > 0 && (
                <p className="font-sans-2xs">
                  {ineligible.map((o) => o.name).join(' and ')} can’t apply: this round is open to{' '}
                  {eligibleKindsText(round.eligibleKinds).toLowerCase()}.
                </p>
              )}
              <Button type="button" onClick={start} disabled={fetching} className="margin-top-2">
                {fetching ? 'Starting…' : 'Start an application'}
              </Button>
            </>
          )}
          <p>
            Already started one?{' '}
            <Link className="usa-link" to={applicationsHref}>
              Go to your applications
            </Link>
          </p>
        </div>
      </div>
    </section>
  );
}
