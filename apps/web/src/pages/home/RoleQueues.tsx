import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RecentChanges } from '@abate/web/audit';
import {
  applicantHomeQuery,
  closingWithin,
  financeHomeQuery,
  officerHomeQuery,
  plural,
  Queue,
  reviewerHomeQuery,
  reviewsMissing,
  roundReviewsMissingQuery,
} from '@abate/web/home';
import { formatCents } from '@abate/shared/money';
import { paths } from '../../paths';

/** Rounds closing this soon are the officer's and the applicant's deadlines. */
const DEADLINE_DAYS = 30;
const OFFICER_CLOSING_DAYS = 14;

const Failed = ({ what }: { what: string }) => (
  <p>{`Your ${what} could not be loaded. Reload the page to try again.`}</p>
);

/** Drafts to finish, rounds closing, reports due. */
export function ApplicantQueue({ ownsOrganization }: { ownsOrganization: boolean }) {
  const [{ data, error }] = useQuery({ query: applicantHomeQuery });
  if (error) return <Failed what="applications and reports" />;
  const deadlines = data
    ? closingWithin(
        data.openRounds.nodes.filter((r) => r.accepting),
        new Date(),
        DEADLINE_DAYS,
      )
    : [];
  return (
    <>
      <Queue
        label="Your applications and reports"
        items={[
          {
            count: data?.drafts.totalCount ?? null,
            label: plural('draft to finish', 'drafts to finish'),
            to: paths.applications,
          },
          {
            count: data ? deadlines.length : null,
            label: plural(`round closing in ${DEADLINE_DAYS} days`, `rounds closing in ${DEADLINE_DAYS} days`),
            to: paths.rounds,
          },
          { count: data?.due.totalCount ?? null, label: plural('report due', 'reports due'), to: paths.awards },
          {
            count: data?.overdue.totalCount ?? null,
            label: plural('report overdue', 'reports overdue'),
            to: paths.awards,
          },
          {
            count: data?.toCorrect.totalCount ?? null,
            label: plural('report to correct', 'reports to correct'),
            to: paths.awards,
          },
        ]}
      />
      {deadlines.length > 0 && (
        <>
          <h3>Deadlines</h3>
          <ul className="usa-list">
            {deadlines.slice(0, 5).map((r) => (
              <li key={r.id}>
                <Link className="usa-link" to={paths.round(r.id)}>
                  {r.title}
                </Link>
                : applications close {r.closesAtLocal}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={paths.applications} className="usa-button">
          Go to your applications
        </Link>
        <Link to={paths.awards} className="usa-button usa-button--outline">
          Go to your awards
        </Link>
        {ownsOrganization && (
          <Link to={paths.team} className="usa-button usa-button--outline">
            Your team
          </Link>
        )}
      </p>
    </>
  );
}

/** Conflicts to declare, reviews to score. */
export function ReviewerQueue() {
  const [{ data, error }] = useQuery({ query: reviewerHomeQuery });
  if (error) return <Failed what="review assignments" />;
  return (
    <>
      <Queue
        label="Your review assignments"
        items={[
          {
            count: data?.toDeclare.totalCount ?? null,
            label: plural('assignment to declare conflicts for', 'assignments to declare conflicts for'),
            to: paths.reviews,
          },
          {
            count: data?.toScore.totalCount ?? null,
            label: plural('review to score', 'reviews to score'),
            to: paths.reviews,
          },
        ]}
      />
      <p>
        <Link to={paths.reviews} className="usa-button">
          Go to your reviews
        </Link>
      </p>
    </>
  );
}

/** The reviews still missing in one round under review (a count per round: the API counts by round). */
function RoundReviewsMissing({ roundId, title }: { roundId: string; title: string }) {
  const [{ data, error }] = useQuery({ query: roundReviewsMissingQuery, variables: { roundId } });
  const missing = data ? reviewsMissing(data.reviewerLoads) : null;
  return (
    <li>
      <Link className="usa-link" to={paths.assignReviewers(roundId)}>
        {title}
      </Link>
      {': '}
      {error
        ? 'could not be counted'
        : missing === null
          ? 'counting…'
          : missing === 0
            ? 'every assigned review is in'
            : `${missing} ${missing === 1 ? 'review' : 'reviews'} missing`}
    </li>
  );
}

/** Rounds closing, reviews missing, reports and payments waiting. */
export function OfficerQueue() {
  const [{ data, error }] = useQuery({ query: officerHomeQuery });
  if (error) return <Failed what="queues" />;
  const closing = data ? closingWithin(data.openRounds.nodes, new Date(), OFFICER_CLOSING_DAYS) : [];
  return (
    <>
      <Queue
        label="Waiting for you"
        items={[
          {
            count: data ? closing.length : null,
            label: plural(
              `round closing in ${OFFICER_CLOSING_DAYS} days`,
              `rounds closing in ${OFFICER_CLOSING_DAYS} days`,
            ),
            to: paths.rounds,
          },
          {
            count: data?.inReview.totalCount ?? null,
            label: plural('round in review', 'rounds in review'),
            to: paths.rounds,
          },
          {
            count: data?.reportsWaiting.totalCount ?? null,
            label: plural('report waiting for review', 'reports waiting for review'),
            to: paths.reportQueue,
          },
          {
            count: data?.paymentsWaiting.totalCount ?? null,
            label: plural('payment request to approve', 'payment requests to approve'),
            to: paths.paymentApprovals,
          },
        ]}
      />
      {closing.length > 0 && (
        <>
          <h3>Rounds closing soon</h3>
          <ul className="usa-list">
            {closing.map((r) => (
              <li key={r.id}>
                <Link className="usa-link" to={paths.round(r.id)}>
                  {r.title}
                </Link>
                : closes {r.closesAtLocal}
              </li>
            ))}
          </ul>
        </>
      )}
      {data && data.inReview.nodes.length > 0 && (
        <>
          <h3>Reviews missing</h3>
          <ul className="usa-list">
            {data.inReview.nodes.map((r) => (
              <RoundReviewsMissing key={r.id} roundId={r.id} title={r.title} />
            ))}
          </ul>
        </>
      )}
      <h3>Run the program</h3>
      <ul className="usa-list">
        <li>
          <Link className="usa-link" to={paths.newRound}>
            Open a new funding round
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.adminOrganizations}>
            Organizations
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.adminUsers}>
            Users and invitations
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.outbox}>
            Outbox
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.auditTrail}>
            Audit trail
          </Link>
        </li>
      </ul>
    </>
  );
}

/** Approvals waiting, batches to record, fund balances. */
export function FinanceQueue() {
  const [{ data, error }] = useQuery({ query: financeHomeQuery });
  if (error) return <Failed what="approvals and funds" />;
  return (
    <>
      <Queue
        label="Waiting for you"
        items={[
          {
            count: data?.approvalsWaiting.totalCount ?? null,
            label: plural('payment waiting for financial approval', 'payments waiting for financial approval'),
            to: paths.paymentApprovals,
          },
          {
            count: data?.batchesToRecord.totalCount ?? null,
            label: plural('payment batch to record', 'payment batches to record'),
            to: paths.paymentBatches,
          },
        ]}
      />
      <h3>Fund balances</h3>
      {data && data.settlementFunds.nodes.length === 0 && <p>No settlement fund is open yet.</p>}
      {data && data.settlementFunds.nodes.length > 0 && (
        <table className="usa-table usa-table--borderless">
          <caption className="usa-sr-only">Settlement funds and their balances</caption>
          <thead>
            <tr>
              <th scope="col">Fund</th>
              <th scope="col" className="text-right">
                Cash
              </th>
              <th scope="col" className="text-right">
                Available to authorize
              </th>
            </tr>
          </thead>
          <tbody>
            {data.settlementFunds.nodes.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <Link className="usa-link" to={paths.fund(f.id)}>
                    {f.name}
                  </Link>
                </th>
                <td className="text-right font-mono-xs">{formatCents(f.balances.cashCents)}</td>
                <td className="text-right font-mono-xs">{formatCents(f.balances.availableCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to={paths.funds} className="usa-button">
          Go to the settlement funds
        </Link>
      </p>
    </>
  );
}

/** The latest changes, and where the auditor reads. */
export function AuditorQueue() {
  return (
    <>
      <h3>Recent changes</h3>
      <RecentChanges trailPath={paths.auditTrail} />
      <ul className="usa-list">
        <li>
          <Link className="usa-link" to={paths.reportQueue}>
            Quarterly reports
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.portfolio}>
            Portfolio outcomes
          </Link>
        </li>
        <li>
          <Link className="usa-link" to={paths.funds}>
            Settlement funds
          </Link>
        </li>
      </ul>
    </>
  );
}
