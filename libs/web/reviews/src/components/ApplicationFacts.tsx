import { BudgetTable, LawEnforcementFacts, SafeguardFlagList, TargetsTable } from '@abate/web/applications';
import type { ReviewedApplication } from '../hooks/useReviewAssignment';
import { formatDollars } from '../model/format';

/** Safeguard flags first: advice from Abate's checks, each with the research it rests on. */
export function ReviewSafeguardFlags({ flags }: { flags: ReviewedApplication['safeguardFlags'] }) {
  return (
    <section aria-labelledby="safeguards-heading" id="section-safeguards" className="margin-bottom-4">
      <h2 id="safeguards-heading">Safeguard flags</h2>
      {flags.length === 0 ? (
        <p>Abate’s checks found no safeguard concerns in this application.</p>
      ) : (
        <>
          <p>
            Abate’s checks found {flags.length === 1 ? 'a practice' : `${flags.length} practices`} the research behind
            the checklist warns against. Weigh {flags.length === 1 ? 'it' : 'them'} in your ratings.
          </p>
          <SafeguardFlagList flags={flags} />
        </>
      )}
    </section>
  );
}

/** The application as submitted: the answers about the program, its budget, targets and documents. */
export function ApplicationFacts({ application }: { application: ReviewedApplication }) {
  return (
    <section aria-labelledby="application-heading" id="section-application" className="margin-bottom-4">
      <h2 id="application-heading">The application</h2>
      <dl>
        <dt className="text-bold">Title</dt>
        <dd className="margin-left-0 margin-bottom-2">{application.title || 'Untitled'}</dd>
        <dt className="text-bold">Summary</dt>
        <dd className="margin-left-0 margin-bottom-2 abate-review__text">{application.summary || 'Not answered'}</dd>
        <dt className="text-bold">Requested amount</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {application.requestedCents === null ? 'Not answered' : formatDollars(application.requestedCents)}
        </dd>
        <LawEnforcementFacts
          lawEnforcementRole={application.lawEnforcementRole}
          warrantChecks={application.warrantChecks}
        />
      </dl>

      <h3>Budget</h3>
      <BudgetTable lines={application.budgetLines} totalCents={application.budgetTotalCents} />

      <h3>Outcome targets</h3>
      <TargetsTable targets={application.targets} caption="Outcome targets for the grant period" />

      <h3>Supporting documents</h3>
      {application.attachments.length === 0 ? (
        <p>No supporting documents.</p>
      ) : (
        <ul className="usa-list">
          {application.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a className="usa-link" href={attachment.downloadUrl} download={attachment.fileName}>
                {attachment.fileName}
                <span className="usa-sr-only"> (download)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
