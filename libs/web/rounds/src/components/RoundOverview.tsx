import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import type { Role } from '@abate/web/core';
import type { RoundDetail } from '../hooks/useFundingRound';
import { eligibleKindsText } from '../lib/labels';
import type { RoundsLinks } from '../lib/links';
import { ChecklistRubric, CriticalExplanation } from './ChecklistRubric';
import { CloseRoundButton } from './CloseRoundButton';
import { PublishRoundButton } from './PublishRoundButton';
import { FactList } from './RoundFacts';
import { RoundStatusTag } from './RoundStatusTag';
import { StartApplication } from './StartApplication';
import { can } from '@abate/web/identity';
import { formatCalendarDate } from '@abate/web/core';

export interface RoundViewer {
  signedIn: boolean;
  roles: readonly Role[];
}

export interface RoundOverviewProps {
  round: RoundDetail;
  links: RoundsLinks;
  viewer: RoundViewer;
  onApplicationStarted: (applicationId: string) => void;
}

/** Text as paragraphs at blank lines, keeping single line breaks. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </p>
        ))}
    </>
  );
}

function statusMessage(round: RoundDetail): string | null {
  switch (round.status) {
    case 'DRAFT':
      return 'This round is a draft: only program officers and auditors can see it until it is published.';
    case 'PUBLISHED':
      return round.accepting ? null : `Applications open ${round.opensAtLocal}.`;
    case 'REVIEW':
      return 'The deadline has passed. Reviewers are scoring the applications.';
    case 'DECIDED':
      return 'Awards for this round have been decided.';
  }
}

/** The public round page: terms, dates in the round's zone, the rubric; applying; officers' actions. */
export function RoundOverview({ round, links, viewer, onApplicationStarted }: RoundOverviewProps) {
  const [publishedHere, setPublishedHere] = useState(false);
  const [closedHere, setClosedHere] = useState(false);
  const isOfficer = can.manage(viewer.roles);
  const isApplicant = can.apply(viewer.roles);
  const message = statusMessage(round);
  const checklistHref = links.checklist(round.checklist.key, round.checklist.version);
  const criticalCount = round.checklist.items.filter((item) => item.critical).length;

  return (
    <>
      <p className="margin-top-0">
        <RoundStatusTag round={round} />
      </p>

      {isOfficer && (round.status === 'DRAFT' || round.status === 'PUBLISHED' || publishedHere || closedHere) && (
        <section aria-label="Program officer actions" className="margin-y-2">
          <Link className="usa-button usa-button--outline" to={links.editRound(round.id)}>
            Edit round
          </Link>
          {(round.status === 'DRAFT' || publishedHere) && (
            <PublishRoundButton roundId={round.id} onPublished={() => setPublishedHere(true)} />
          )}
          {((round.status === 'PUBLISHED' && round.accepting) || closedHere) && (
            <CloseRoundButton roundId={round.id} roundTitle={round.title} onClosed={() => setClosedHere(true)} />
          )}
        </section>
      )}

      {message && (
        <Alert type="info" slim className="margin-y-2">
          {message}
        </Alert>
      )}

      {round.accepting && isApplicant && (
        <StartApplication round={round} applicationsHref={links.applications} onStarted={onApplicationStarted} />
      )}
      {round.accepting && !viewer.signedIn && (
        <p className="margin-y-3">
          Applying for your organization?{' '}
          <Link className="usa-link" to={links.signIn}>
            Sign in to start an application
          </Link>
          .
        </p>
      )}

      <div className="usa-prose maxw-tablet-lg">
        <h2>About this round</h2>
        <Paragraphs text={round.description} />

        <h2>Dates and terms</h2>
        <FactList
          facts={[
            { term: 'Opens', detail: round.opensAtLocal },
            { term: 'Deadline', detail: round.closesAtLocal },
            { term: 'Budget', detail: `${formatDollars(round.budgetCents)} in total` },
            {
              term: 'Awards',
              detail: `${formatDollars(round.minAwardCents)} to ${formatDollars(round.maxAwardCents)} each`,
            },
            { term: 'Who can apply', detail: eligibleKindsText(round.eligibleKinds) },
            {
              term: 'Grant period',
              detail: `${formatCalendarDate(round.grantStart, 'long')} to ${formatCalendarDate(round.grantEnd, 'long')}`,
            },
            {
              term: 'Review',
              detail: `Each application is scored by ${round.reviewersPerApplication} ${round.reviewersPerApplication === 1 ? 'reviewer' : 'reviewers'}`,
            },
          ]}
        />
        <p className="font-sans-2xs text-base-dark">Times are in the round’s time zone ({round.timeZone}).</p>

        <h2 id="round-rubric">How applications are scored</h2>
        <p>
          Reviewers score each application against {round.checklist.title}, version {round.checklist.version}:{' '}
          {round.checklist.items.length} practices in {round.checklist.domains.length} domains. They rate each practice
          from {round.checklist.scale.map((step) => `${step.value} (${step.label})`).join(', ')}; a practice’s rating
          counts in proportion to its weight, from 1 to 3.
        </p>
        <CriticalExplanation count={criticalCount} />
        <p>
          <Link className="usa-link" to={checklistHref}>
            Read the full checklist, with the rating scale and reviewer guidance
          </Link>
        </p>
        <ChecklistRubric
          domains={round.checklist.domains}
          items={round.checklist.items}
          headingLevel={3}
          idPrefix="round-domain"
        />
      </div>
    </>
  );
}
