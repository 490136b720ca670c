import { Alert, AlertHeading } from '@trussworks/react-uswds';
import type { EditorApplication } from '../model/form-values';

const flagTitles: Record<string, string> = {
  POLICE_LED: 'Police lead the program',
  UNIFORMED_POLICE_ON_VISITS: 'Police on outreach visits',
  WARRANT_CHECKS: 'Warrant checks',
  NO_NALOXONE_IN_BUDGET: 'No naloxone in the budget',
};

/** Safeguard flags as advice: a warning each, with the research it rests on. */
export function SafeguardFlagList({
  flags,
  headingLevel = 'h3',
}: {
  flags: EditorApplication['safeguardFlags'];
  headingLevel?: 'h3' | 'h4';
}) {
  return (
    <>
      {flags.map((flag) => (
        <Alert key={flag.code} type="warning" className="margin-bottom-2">
          <AlertHeading level={headingLevel}>{flagTitles[flag.code] ?? 'Safeguard concern'}</AlertHeading>
          <p className="usa-alert__text">{flag.message}</p>
          <p className="usa-alert__text font-sans-2xs">
            Source:{' '}
            {flag.source.url ? (
              <a className="usa-link" href={flag.source.url} target="_blank" rel="noreferrer">
                {flag.source.citation}
                <span className="usa-sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              flag.source.citation
            )}
          </p>
        </Alert>
      ))}
    </>
  );
}

export function SafeguardFlagsSection({
  flags,
  hasUnsavedChanges,
}: {
  flags: EditorApplication['safeguardFlags'];
  hasUnsavedChanges: boolean;
}) {
  return (
    <section id="section-safeguards" className="abate-editor__section margin-bottom-6">
      <h2 id="section-safeguards-heading" tabIndex={-1} className="margin-top-0 abate-editor__section-heading">
        Safeguard flags
      </h2>
      <p>
        Abate checks your saved answers against practices the research behind the checklist warns against. These flags
        are advice: they do not stop you submitting, and reviewers see them too.
        {hasUnsavedChanges && ' They update once your latest changes are saved.'}
      </p>
      {flags.length === 0 ? (
        <Alert type="success" slim className="margin-bottom-2">
          <p className="usa-alert__text">No safeguard concerns in your saved answers.</p>
        </Alert>
      ) : (
        <SafeguardFlagList flags={flags} />
      )}
    </section>
  );
}
