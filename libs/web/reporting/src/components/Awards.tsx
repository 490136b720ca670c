import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button } from '@trussworks/react-uswds';
import type { ReportingAwardsQuery, ReportingAwardSummaryFragment } from '@abate/web/core';
import { Breadcrumbs, LoadFailed, Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { reportingAwardQuery, reportingAwardsQuery } from '../graphql/reporting.documents';
import { usePagedQuery, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { dueDateNote, nextDue, nextDueText, todayIn } from '../model/due';
import { formatDollars, formatPeriod } from '../model/format';
import { reportName } from '../model/labels';
import { AwardStatusTag, MilestoneStatusTag } from './StatusTags';

export type AwardSummary = ReportingAwardSummaryFragment;
type Milestone = AwardSummary['milestones'][number];

/** Who reads the award: its grantee files reports; officers and auditors open submitted ones. */
export type AwardViewer = 'grantee' | 'officer';

export interface AwardLinks {
  /** The grantee's report form: `/reports/:milestoneId`. */
  reportHref: (milestoneId: string) => string;
  /** The officer's review of a report: `/officer/reports/:reportId`. */
  reviewHref: (reportId: string) => string;
  awardHref: (awardId: string) => string;
}

/** The award's name: its application's title, else the organization's. */
export const awardName = (award: Pick<AwardSummary, 'application' | 'organization'>) =>
  award.application.title ?? `${award.organization.name} award`;

function milestoneLink(milestone: Milestone, viewer: AwardViewer, links: AwardLinks): string | null {
  if (viewer === 'grantee') return links.reportHref(milestone.id);
  const sent = milestone.report && milestone.report.status !== 'DRAFT';
  return sent && milestone.report ? links.reviewHref(milestone.report.id) : null;
}

export interface AwardCardProps {
  award: AwardSummary;
  viewer: AwardViewer;
  links: AwardLinks;
  /** The award's name as a heading (the list), or not (the award's own page, whose h1 names it). */
  headingLevel: 'h2' | null;
}

/** One award: amount, period and status, what is due next, and every report it owes with its status and due date. */
export function AwardCard({ award, viewer, links, headingLevel }: AwardCardProps) {
  const today = todayIn(award.round.timeZone);
  const name = awardName(award);
  const next = nextDue(award.milestones);
  const headingId = `award-${award.id}`;
  return (
    <section
      aria-labelledby={headingLevel ? headingId : undefined}
      className="margin-bottom-6"
      data-award-id={award.id}
    >
      {headingLevel && (
        <h2 id={headingId} className="margin-bottom-1">
          <Link className="usa-link" to={links.awardHref(award.id)}>
            {name}
          </Link>
        </h2>
      )}
      <ul className="usa-list usa-list--unstyled margin-y-1">
        <li>
          <span className="text-bold">Grantee:</span> {award.organization.name}
        </li>
        <li>
          <span className="text-bold">Round:</span> {award.round.title}
        </li>
        <li>
          <span className="text-bold">Amount:</span> {formatDollars(award.amountCents)}
        </li>
        <li>
          <span className="text-bold">Grant period:</span> {formatPeriod(award.startDate, award.endDate)}
        </li>
        <li>
          <span className="text-bold">Status:</span> <AwardStatusTag status={award.status} />
        </li>
      </ul>
      <p
        className={`margin-y-2 padding-1 border-left-05 ${next?.status === 'OVERDUE' ? 'border-secondary-dark' : 'border-primary'}`}
        id={`next-due-${award.id}`}
      >
        <span className="text-bold">Next: </span>
        {nextDueText(award.milestones, today)}
        {next && viewer === 'grantee' && (
          <>
            {' '}
            <Link className="usa-link" to={links.reportHref(next.id)}>
              {next.report ? 'Continue' : 'Start'}
              <span className="usa-sr-only"> the {reportName(next.label)}</span>
            </Link>
          </>
        )}
      </p>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">{`Reports owed on ${name}`}</caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Period</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {award.milestones.map((milestone) => {
            const href = milestoneLink(milestone, viewer, links);
            const note = dueDateNote(milestone, today);
            return (
              <tr key={milestone.id} data-milestone-id={milestone.id}>
                <th scope="row" data-label="Report">
                  {href ? (
                    <Link className="usa-link" to={href}>
                      {reportName(milestone.label)}
                    </Link>
                  ) : (
                    reportName(milestone.label)
                  )}
                </th>
                <td data-label="Period">{formatPeriod(milestone.periodStart, milestone.periodEnd)}</td>
                <td data-label="Due">
                  {formatCalendarDate(milestone.dueDate)}
                  {note && (
                    <span
                      className={`display-block ${milestone.status === 'OVERDUE' ? 'text-secondary-dark text-bold' : 'text-base-dark'}`}
                    >
                      {note}
                    </span>
                  )}
                </td>
                <td data-label="Status">
                  <MilestoneStatusTag status={milestone.status} />
                  {milestone.report?.submittedAt && milestone.status !== 'CHANGES_REQUESTED' && (
                    <span className="display-block text-base-dark font-sans-2xs">{`Sent ${formatLocalDateTime(milestone.report.submittedAt)}`}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const selectAwards = (data: ReportingAwardsQuery) => data.awards;

export interface AwardsListProps extends AwardLinks {
  viewer: AwardViewer;
  applicationsHref: string;
}

/** `/awards`: the awards of the grantee's organizations (every award for officers and auditors), each with what is due next. */
export function AwardsList({ viewer, applicationsHref, ...links }: AwardsListProps) {
  const { nodes, totalCount, fetching, error, hasMore, loadMore, loadingMore, moreError, retry } = usePagedQuery(
    reportingAwardsQuery,
    {},
    50,
    selectAwards,
  );

  return (
    <div className="usa-prose maxw-none">
      <PageHeading>{viewer === 'grantee' ? 'Your awards' : 'Awards'}</PageHeading>
      <p className="usa-intro">
        {viewer === 'grantee'
          ? 'Each award owes a report every quarter and a final report. Open a report to fill it in: it saves as you type, and you submit it to your program officer when it is complete.'
          : 'Every award with its reporting schedule. Open a submitted report to review it.'}
      </p>
      {fetching && !nodes && <Loading what="Loading the awards…" />}
      {error && !nodes && <LoadFailed error={error} what="the awards" onRetry={retry} />}
      {nodes && nodes.length === 0 && (
        <p id="no-awards">
          {viewer === 'grantee' ? (
            <>
              Your organization has no awards yet. An award appears here once the program officer releases the decisions
              of a round you applied to.{' '}
              <Link className="usa-link" to={applicationsHref}>
                See your applications
              </Link>
              .
            </>
          ) : (
            'No awards yet.'
          )}
        </p>
      )}
      {nodes && nodes.length > 0 && totalCount !== null && totalCount > nodes.length && (
        <p>
          Showing {nodes.length} of {totalCount} awards.
        </p>
      )}
      {nodes?.map((award) => (
        <AwardCard key={award.id} award={award} viewer={viewer} links={links} headingLevel="h2" />
      ))}
      {moreError && (
        <Alert type="error" slim className="margin-bottom-2">
          <p className="usa-alert__text">More awards could not be loaded. Try again.</p>
        </Alert>
      )}
      {hasMore && (
        <Button type="button" outline onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more awards'}
        </Button>
      )}
    </div>
  );
}

export interface AwardOverviewProps extends AwardLinks {
  awardId: string;
  viewer: AwardViewer;
  awardsHref: string;
}

/** `/awards/:awardId`: one award and its reports. */
export function AwardOverview({ awardId, viewer, awardsHref, ...links }: AwardOverviewProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: reportingAwardQuery,
    variables: { id: awardId },
    requestPolicy: 'cache-and-network',
  });
  const award = data?.award;

  if (!award && fetching) return <Loading what="Loading the award…" />;
  if (!award) {
    const notFound = error?.graphQLErrors.some(
      (e) =>
        e.extensions.code === 'NOT_FOUND' ||
        e.extensions.code === 'FORBIDDEN' ||
        e.extensions.code === 'BAD_USER_INPUT',
    );
    return (
      <>
        <PageHeading>{notFound ? 'Award not found' : 'The award could not be loaded'}</PageHeading>
        {notFound ? (
          <p>There is no award at this address that you can open.</p>
        ) : (
          error && (
            <LoadFailed error={error} what="the award" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          )
        )}
        <p>
          <Link className="usa-link" to={awardsHref}>
            Back to the awards
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs
        trail={[{ label: viewer === 'grantee' ? 'Your awards' : 'Awards', to: awardsHref }]}
        current={awardName(award)}
      />
      <div className="usa-prose maxw-none">
        <PageHeading>{awardName(award)}</PageHeading>
        <AwardCard award={award} viewer={viewer} links={links} headingLevel={null} />
      </div>
    </>
  );
}
