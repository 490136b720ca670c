import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { apiErrorText, type PaymentKind, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { Loading, LoadFailed } from '@abate/web/rounds';
import { awardPaymentsQuery, createPaymentRequestMutation } from '../graphql/payments.documents';
import { KIND_LABELS } from '../model/labels';
import { BudgetTable } from './BudgetTable';
import { PaymentStatusTag } from './StatusTag';

export interface AwardPaymentsProps {
  awardId: string;
  /** Members of the grantee organization: may start requests. */
  canRequest: boolean;
  requestHref: (paymentRequestId: string) => string;
}

// Approved amendments change the budget: reload it with them.
const context = { additionalTypenames: ['PaymentRequest', 'AwardAmendment'] };

/** The award page's "Payments" section: the budget at a glance, the requests with their statuses, and new requests. */
export function AwardPayments({ awardId, canRequest, requestHref }: AwardPaymentsProps) {
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: awardPaymentsQuery,
    variables: { awardId },
    requestPolicy: 'cache-and-network',
    context,
  });
  const [{ fetching: creating }, create] = useMutation(createPaymentRequestMutation);
  const [createError, setCreateError] = useState<string | null>(null);

  const start = async (kind: PaymentKind) => {
    setCreateError(null);
    const result = await create({ awardId, input: { kind } });
    if (result.data) navigate(requestHref(result.data.createPaymentRequest.id));
    else if (result.error) setCreateError(apiErrorText(result.error));
  };

  return (
    <section aria-labelledby="payments-heading" className="margin-top-5">
      <h2 id="payments-heading">Payments</h2>
      {!data && fetching && <Loading what="Loading the payments…" />}
      {!data && error && (
        <LoadFailed error={error} what="the payments" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {data && (
        <>
          <BudgetTable rows={data.award.budget} caption="Budget at a glance" />
          <h3>Payment requests</h3>
          {canRequest && (
            <div className="margin-bottom-2">
              <p className="usa-hint">
                A reimbursement pays back money already spent (attach receipts or invoices to each line); an advance
                pays money about to be spent.
              </p>
              <Button type="button" onClick={() => void start('REIMBURSEMENT')} disabled={creating}>
                New reimbursement request
              </Button>
              <Button type="button" outline onClick={() => void start('ADVANCE')} disabled={creating}>
                New advance request
              </Button>
              {createError && (
                <Alert type="error" slim role="alert">
                  {createError}
                </Alert>
              )}
            </div>
          )}
          {data.paymentRequests.nodes.length === 0 ? (
            <p>No payment requests yet.</p>
          ) : (
            <Table bordered fullWidth scrollable>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="text-right">
                    Amount
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Last change</th>
                </tr>
              </thead>
              <tbody>
                {data.paymentRequests.nodes.map((request) => (
                  <tr key={request.id}>
                    <th scope="row">
                      <Link className="usa-link" to={requestHref(request.id)}>
                        {request.reference}
                      </Link>
                    </th>
                    <td>{KIND_LABELS[request.kind]}</td>
                    <td className="text-right font-mono-xs">{formatCents(request.totalCents)}</td>
                    <td>
                      <PaymentStatusTag status={request.status} />
                    </td>
                    <td>
                      {request.status === 'PAID' && request.paidOn
                        ? `Paid ${formatCalendarDate(request.paidOn)}`
                        : formatLocalDateTime(request.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
