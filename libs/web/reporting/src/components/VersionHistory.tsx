import type { ReportingReportStateFragment } from '@abate/web/core';
import type { TrailEntry } from '../model/review-decision';
import { deviationKeysOf, ReportFigures } from './ReportFigures';
import { formatLocalDateTime } from '@abate/web/core';

export interface VersionHistoryProps {
  versions: ReportingReportStateFragment['versions'];
  /** The officer's latest note, shown with the history (the grantee's view: the API keeps one note per report). */
  reviewNote?: string | null;
}

/** Every submitted version, newest first, each expandable to the figures as they were sent. */
export function VersionHistory({ versions, reviewNote }: VersionHistoryProps) {
  if (versions.length === 0 && !reviewNote) return null;
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    <section id="report-history" aria-labelledby="report-history-heading" className="margin-bottom-6">
      <h2 id="report-history-heading">History</h2>
      {reviewNote && (
        <div className="margin-bottom-2" id="history-review-note">
          <h3 className="margin-bottom-1">Latest note from your program officer</h3>
          <p className="abate-review-note margin-top-0 border-left-05 border-accent-warm padding-left-2">
            {reviewNote}
          </p>
        </div>
      )}
      {newestFirst.length > 0 && (
        <>
          <p>Every submission is kept as it was sent. Open a version to see it.</p>
          {newestFirst.map((version) => (
            <details
              key={version.number}
              className="abate-history border-1px border-base-lighter radius-md padding-2 margin-bottom-2"
              data-version={version.number}
            >
              <summary className="text-bold">{`Version ${version.number}, submitted ${formatLocalDateTime(version.submittedAt)}`}</summary>
              <ReportFigures
                metrics={version.metrics}
                spending={version.spending}
                narrative={version.narrative}
                deviationKeys={deviationKeysOf(version.metrics)}
                idPrefix={`version-${version.number}`}
                headingLevel={3}
              />
            </details>
          ))}
        </>
      )}
    </section>
  );
}

const trailWords: Record<TrailEntry['kind'], string> = {
  submitted: 'Submitted',
  accepted: 'Accepted',
  'changes-requested': 'Changes requested',
};

/** Submissions and reviews in order, with each note the officer wrote (from the audit trail). */
export function ReviewTrailList({ entries }: { entries: readonly TrailEntry[] }) {
  if (entries.length === 0) return <p>No submissions or reviews yet.</p>;
  return (
    <ol className="usa-list" id="review-trail">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="text-bold">
            {trailWords[entry.kind]}
            {entry.versionNumber !== null ? ` (version ${entry.versionNumber})` : ''}
          </span>{' '}
          {formatLocalDateTime(entry.occurredAt)}
          {entry.actorEmail ? ` by ${entry.actorEmail}` : ''}
          {entry.note && (
            <span className="display-block abate-review-note border-left-05 border-base-light padding-left-1 margin-top-05">
              {entry.note}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
