import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import type { ReportingQueueQuery } from '@abate/web/core';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { reportingQueueQuery } from '../graphql/reporting.documents';
import { usePagedQuery, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { daysOverdue, todayIn } from '../model/due';
import { dayCount } from '../model/format';
import { reportName, reportStatusLabels } from '../model/labels';

type QueueMilestone = ReportingQueueQuery['reportingMilestones']['nodes'][number];

const selectMilestones = (data: ReportingQueueQuery) => data.reportingMilestones;
const SUBMITTED = { status: 'SUBMITTED' };
const OVERDUE = { status: 'OVERDUE' };
const PAGE_SIZE = 50;

function QueueTable({
  id,
  title,
  intro,
  empty,
  status,
  columns,
  row,
}: {
  id: string;
  title: string;
  intro: string;
  empty: string;
  status: typeof SUBMITTED;
  columns: string[];
  row: (milestone: QueueMilestone) => ReactNode;
}) {
  const { nodes, totalCount, fetching, error, hasMore, loadMore, loadingMore, moreError, retry } = usePagedQuery(
    reportingQueueQuery,
    status,
    PAGE_SIZE,
    selectMilestones,
  );
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="margin-top-5">
      <h2 id={`${id}-heading`} className="margin-bottom-1">
        {title}
        {totalCount !== null && <span className="text-base-dark text-normal">{` (${totalCount})`}</span>}
      </h2>
      <p className="margin-top-0">{intro}</p>
      {fetching && !nodes && <Loading what={`Loading ${title.toLowerCase()}…`} />}
      {error && !nodes && <LoadFailed error={error} what={title.toLowerCase()} onRetry={retry} />}
      {nodes && nodes.length === 0 && <p className="text-base-dark">{empty}</p>}
      {nodes && nodes.length > 0 && (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{nodes.map(row)}</tbody>
        </table>
      )}
      {moreError && (
        <Alert type="error" slim className="margin-bottom-2">
          <p className="usa-alert__text">More reports could not be loaded. Try again.</p>
        </Alert>
      )}
      {hasMore && (
        <Button type="button" outline onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more ${title.toLowerCase()}`}
        </Button>
      )}
    </section>
  );
}

export interface ReportQueueProps {
  reviewHref: (reportId: string) => string;
  awardHref: (awardId: string) => string;
  outboxHref: string;
  /** Officers review; auditors read. */
  canAct: boolean;
}

/** `/officer/reports`: submitted reports waiting for review, and reports past their due date. */
export function ReportQueue({ reviewHref, awardHref, outboxHref, canAct }: ReportQueueProps) {
  return (
    <div className="usa-prose maxw-none">
      <PageHeading>Quarterly reports</PageHeading>
      <p className="usa-intro">
        {canAct
          ? 'Reports grantees have submitted, oldest due first: accept each one or send it back with a note. Below them, the reports past their due date.'
          : 'Reports grantees have submitted, and the reports past their due date. Auditors read them; program officers review them.'}
      </p>
      <p>
        Grantees are reminded of overdue reports by email:{' '}
        <Link className="usa-link" to={outboxHref}>
          see the mail Abate sent
        </Link>
        .
      </p>

      <QueueTable
        id="submitted-reports"
        title="Submitted reports"
        intro={canAct ? 'Waiting for your review.' : 'Waiting for a program officer’s review.'}
        empty="No reports are waiting for review."
        status={SUBMITTED}
        columns={['Grantee', 'Report', 'Round', 'Submitted', 'Due']}
        row={(milestone) => (
          <tr key={milestone.id} data-milestone-id={milestone.id}>
            <th scope="row" data-label="Grantee">
              {milestone.award.organization.name}
            </th>
            <td data-label="Report">
              {milestone.report ? (
                <Link className="usa-link" to={reviewHref(milestone.report.id)}>
                  {`${canAct ? 'Review' : 'Read'} ${milestone.award.organization.name}’s ${reportName(milestone.label)}`}
                </Link>
              ) : (
                reportName(milestone.label)
              )}
            </td>
            <td data-label="Round">{milestone.award.round.title}</td>
            <td data-label="Submitted">
              {milestone.report?.submittedAt ? formatLocalDateTime(milestone.report.submittedAt) : '—'}
            </td>
            <td data-label="Due">{formatCalendarDate(milestone.dueDate)}</td>
          </tr>
        )}
      />

      <QueueTable
        id="overdue-reports"
        title="Overdue reports"
        intro="Past their due date (in the round’s time zone) with nothing submitted."
        empty="No reports are overdue."
        status={OVERDUE}
        columns={['Grantee', 'Report', 'Round', 'Due', 'Overdue by', 'Report started']}
        row={(milestone) => (
          <tr key={milestone.id} data-milestone-id={milestone.id}>
            <th scope="row" data-label="Grantee">
              <Link className="usa-link" to={awardHref(milestone.award.id)}>
                {milestone.award.organization.name}
              </Link>
            </th>
            <td data-label="Report">{reportName(milestone.label)}</td>
            <td data-label="Round">{milestone.award.round.title}</td>
            <td data-label="Due">{formatCalendarDate(milestone.dueDate)}</td>
            <td data-label="Overdue by" className="text-secondary-dark text-bold">
              {dayCount(Math.max(1, daysOverdue(milestone.dueDate, todayIn(milestone.award.round.timeZone))))}
            </td>
            <td data-label="Report started">
              {milestone.report ? `Yes (${reportStatusLabels[milestone.report.status].toLowerCase()})` : 'No'}
            </td>
          </tr>
        )}
      />
    </div>
  );
}
