import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { formatLocalDateTime, type PaymentStatus } from '@abate/web/core';
import { Loading, LoadFailed } from '@abate/web/rounds';
import { Pager, useCursorPages } from '@abate/web/ui';
import { paymentQueueQuery } from '../graphql/payments.documents';
import { KIND_LABELS } from '../model/labels';
import { reviewBlock, type PaymentViewer } from './PaymentRequestView';

export interface ApprovalQueueProps {
  viewer: PaymentViewer;
  requestHref: (paymentRequestId: string) => string;
}

/** The approval queue: what waits for this user (program approval for officers, financial approval for finance). */
export function ApprovalQueue({ viewer, requestHref }: ApprovalQueueProps) {
  return (
    <>
      {viewer.programOfficer && (
        <QueueSection
          status="SUBMITTED"
          heading="Waiting for program approval"
          empty="No request waits for a program officer."
          viewer={viewer}
          requestHref={requestHref}
        />
      )}
      {viewer.financeOfficer && (
        <QueueSection
          status="PROGRAM_APPROVED"
          heading="Waiting for financial approval"
          empty="No request waits for a finance officer."
          viewer={viewer}
          requestHref={requestHref}
        />
      )}
    </>
  );
}

const context = { additionalTypenames: ['PaymentRequest'] };
/** Rows per page: the queue can hold thousands of requests at a state's scale. */
const PAGE = 25;

function QueueSection({
  status,
  heading,
  empty,
  viewer,
  requestHref,
}: {
  status: PaymentStatus;
  heading: string;
  empty: string;
  viewer: PaymentViewer;
  requestHref: (id: string) => string;
}) {
  const pages = useCursorPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: paymentQueueQuery,
    variables: { status, first: PAGE, after: pages.after },
    requestPolicy: 'cache-and-network',
    context,
  });
  const headingId = `queue-${status.toLowerCase()}`;
  const rows = data?.paymentRequests.nodes ?? [];
  return (
    <section aria-labelledby={headingId} className="margin-bottom-4">
      <h2 id={headingId}>
        {heading} {data && <span className="usa-tag bg-primary">{data.paymentRequests.totalCount}</span>}
      </h2>
      {!data && fetching && <Loading what="Loading the requests…" />}
      {!data && error && (
        <LoadFailed error={error} what="the requests" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {data && rows.length === 0 && <p>{empty}</p>}
      {rows.length > 0 && (
        <Table bordered fullWidth scrollable>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Grantee</th>
              <th scope="col">Kind</th>
              <th scope="col" className="text-right">
                Amount
              </th>
              <th scope="col">Submitted</th>
              <th scope="col">Your part</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const block = reviewBlock(row, viewer);
              return (
                <tr key={row.id}>
                  <th scope="row" className="text-no-wrap">
                    <Link className="usa-link" to={requestHref(row.id)}>
                      {row.reference}
                    </Link>
                  </th>
                  <td>
                    {row.award.organization.name}
                    <div className="text-base-dark font-sans-3xs">{row.award.round.title}</div>
                  </td>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td className="text-right font-mono-xs">{formatCents(row.totalCents)}</td>
                  <td>{formatLocalDateTime(row.submittedAt)}</td>
                  <td>
                    {block && block !== 'hidden'
                      ? 'Another finance officer approves: you gave the program approval'
                      : 'Decide'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {data && (
        <Pager
          label={`Pages of requests ${heading.toLowerCase()}`}
          {...pages.pagerProps(data.paymentRequests, PAGE)}
          loading={fetching}
          previousLabel="Earlier requests"
          nextLabel="Later requests"
        />
      )}
    </section>
  );
}
