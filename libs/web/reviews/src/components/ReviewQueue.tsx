import { Link } from 'react-router';
import { Tag } from '@trussworks/react-uswds';
import type { AssignmentStatus } from '@abate/web/core';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { PageHeading, Pager } from '@abate/web/ui';
import { QUEUE_PAGE_SIZE, useReviewQueue, type QueueAssignment } from '../hooks/useReviewQueue';
import { assignmentStatusText, assignmentTagClasses, groupByRound, queueSummary } from '../model/queue';

export interface ReviewQueueProps {
  reviewHref: (assignmentId: string) => string;
  roundHref: (roundId: string) => string;
}

export function AssignmentStatusTag({
  status,
  ratedCount,
  itemCount,
}: {
  status: AssignmentStatus;
  ratedCount: number;
  itemCount: number;
}) {
  return (
    <Tag className={`${assignmentTagClasses[status]} text-no-uppercase`}>
      {assignmentStatusText(status, ratedCount, itemCount)}
    </Tag>
  );
}

function RoundAssignments({
  round,
  assignments,
  reviewHref,
  roundHref,
  paged,
}: { round: QueueAssignment['round']; assignments: QueueAssignment[]; paged: boolean } & ReviewQueueProps) {
  const headingId = `round-${round.id}`;
  return (
    <section aria-labelledby={headingId} className="margin-top-5">
      <h2 id={headingId} className="margin-bottom-1">
        {round.title}
      </h2>
      <p className="margin-top-0">
        {paged ? 'On this page: ' : ''}
        {queueSummary(assignments.map((a) => a.status))}.{' '}
        <Link className="usa-link" to={roundHref(round.id)}>
          About this round<span className="usa-sr-only">: {round.title}</span>
        </Link>
      </p>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">{`Your assignments in ${round.title}`}</caption>
        <thead>
          <tr>
            <th scope="col">Applicant</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="usa-sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => (
            <tr key={assignment.id} data-assignment-id={assignment.id}>
              <th scope="row" data-label="Applicant">
                {assignment.organizationName}
              </th>
              <td data-label="Status">
                <AssignmentStatusTag
                  status={assignment.status}
                  ratedCount={assignment.ratedCount}
                  itemCount={round.checklist.itemCount}
                />
              </td>
              <td data-label="Open">
                <Link className="usa-link" to={reviewHref(assignment.id)}>
                  {`Open ${assignment.organizationName}`}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** `/reviews`: the reviewer's assignments by round, a page at a time, each with where it stands and a link to open it. */
export function ReviewQueue({ reviewHref, roundHref }: ReviewQueueProps) {
  const { assignments, totalCount, page, hasNextPage, next, previous, fetching, error, retry } = useReviewQueue();

  if (!assignments && fetching) return <Loading what="Loading your reviews…" />;

  const pageCount = Math.ceil((totalCount ?? 0) / QUEUE_PAGE_SIZE);
  const paged = page > 1 || hasNextPage;
  const first = (page - 1) * QUEUE_PAGE_SIZE + 1;
  return (
    <div className="usa-prose maxw-none">
      <PageHeading>Your reviews</PageHeading>
      <p className="usa-intro">
        The applications assigned to you, by funding round. Declare any conflict of interest first; then rate each
        application against the round’s checklist. Your ratings save as you go.
      </p>
      {error && !assignments && <LoadFailed error={error} what="your reviews" onRetry={retry} />}
      {assignments && assignments.length === 0 && page === 1 && (
        <p>No applications are assigned to you yet. The program officer assigns reviewers once a round has closed.</p>
      )}
      {assignments && paged && (
        // While the next page loads, the rows shown are still the last page's: no range is claimed for them.
        <p aria-live="polite">
          {fetching
            ? 'Loading the page…'
            : `Assignments ${first} to ${first + assignments.length - 1} of ${totalCount}.`}
        </p>
      )}
      {assignments &&
        groupByRound(assignments).map(({ round, assignments: inRound }) => (
          <RoundAssignments
            key={round.id}
            round={round}
            assignments={inRound}
            reviewHref={reviewHref}
            roundHref={roundHref}
            paged={paged}
          />
        ))}
      {assignments && (
        <Pager
          label="Pages of your reviews"
          page={page}
          pageCount={pageCount}
          hasNextPage={hasNextPage}
          loading={fetching}
          onPrevious={previous}
          onNext={next}
        />
      )}
    </div>
  );
}
