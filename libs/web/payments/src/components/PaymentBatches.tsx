import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Checkbox, Table } from '@trussworks/react-uswds';
import { formatCents, sumCents } from '@abate/shared/money';
import { apiErrorText, formatLocalDateTime } from '@abate/web/core';
import { Pager, useCursorPages } from '@abate/web/ui';
import { Loading, LoadFailed } from '@abate/web/rounds';
import { payableRequestsQuery, paymentBatchListQuery, schedulePaymentsMutation } from '../graphql/payments.documents';
import { KIND_LABELS } from '../model/labels';

export interface PaymentBatchesProps {
  /** Finance officers gather and pay; auditors only read. */
  canPay: boolean;
  batchHref: (batchId: string) => string;
  requestHref: (paymentRequestId: string) => string;
}

const context = { additionalTypenames: ['PaymentRequest', 'PaymentBatch'] };

/** Batches per page of the list. */
export const BATCHES_PAGE_SIZE = 25;

/** /finance/payment-batches: approved (and failed) requests to gather into a batch, and the batches so far. */
export function PaymentBatches({ canPay, batchHref, requestHref }: PaymentBatchesProps) {
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: payableRequestsQuery,
    requestPolicy: 'cache-and-network',
    context,
  });
  const [{ fetching: scheduling }, schedule] = useMutation(schedulePaymentsMutation);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);

  if (!data && fetching) return <Loading what="Loading the payments to make…" />;
  if (!data)
    return error ? (
      <LoadFailed error={error} what="the payments" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    ) : null;

  const payable = [
    ...data.approved.nodes.map((r) => ({ ...r, failureReason: null as string | null })),
    ...data.failed.nodes,
  ];
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const create = async () => {
    setProblem(null);
    if (chosen.size === 0) return setProblem('Choose at least one request to pay');
    const result = await schedule({ ids: [...chosen] });
    if (result.error) return setProblem(apiErrorText(result.error));
    if (result.data) navigate(batchHref(result.data.schedulePayments.id));
  };
  const chosenTotal = sumCents(payable.filter((r) => chosen.has(r.id)).map((r) => BigInt(r.totalCents)));
  // The list reads the oldest 100 of each kind; a finance officer must know when more wait.
  const waiting = data.approved.totalCount + data.failed.totalCount;

  return (
    <>
      <section aria-labelledby="payable-heading">
        <h2 id="payable-heading">Ready to pay</h2>
        {waiting > payable.length && (
          <Alert type="info" slim>
            Showing the oldest {payable.length.toLocaleString('en-US')} of {waiting.toLocaleString('en-US')} requests
            ready to pay. The rest appear here as these are batched.
          </Alert>
        )}
        {payable.length === 0 ? (
          <p>No approved request waits for payment.</p>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void create();
            }}
          >
            <Table bordered fullWidth scrollable>
              <thead>
                <tr>
                  {canPay && (
                    <th scope="col">
                      <span className="usa-sr-only">Include in the batch</span>
                    </th>
                  )}
                  <th scope="col">Request</th>
                  <th scope="col">Payee</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="text-right">
                    Amount
                  </th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {payable.map((row) => (
                  <tr key={row.id}>
                    {canPay && (
                      <td>
                        <Checkbox
                          id={`pay-${row.id}`}
                          name="pay"
                          label={
                            <>
                              Pay<span className="usa-sr-only"> {row.reference}</span>
                            </>
                          }
                          checked={chosen.has(row.id)}
                          onChange={(event) => toggle(row.id, event.target.checked)}
                        />
                      </td>
                    )}
                    <th scope="row">
                      <Link className="usa-link" to={requestHref(row.id)}>
                        {row.reference}
                      </Link>
                    </th>
                    <td>{row.award.organization.name}</td>
                    <td>{KIND_LABELS[row.kind]}</td>
                    <td className="text-right font-mono-xs">{formatCents(row.totalCents)}</td>
                    <td>{row.failureReason ? `Failed before: ${row.failureReason}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {canPay && (
              <>
                <p>
                  {chosen.size} chosen, {formatCents(chosenTotal)}
                </p>
                {problem && (
                  <Alert type="error" slim role="alert">
                    {problem}
                  </Alert>
                )}
                <Button type="submit" disabled={scheduling}>
                  Create the payment batch
                </Button>
              </>
            )}
          </form>
        )}
      </section>
      <BatchList batchHref={batchHref} />
    </>
  );
}

/** The batches so far, newest first, 25 a page, next and previous by cursor. */
function BatchList({ batchHref }: Pick<PaymentBatchesProps, 'batchHref'>) {
  const pages = useCursorPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: paymentBatchListQuery,
    variables: { first: BATCHES_PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
    context,
  });
  const list = data?.paymentBatches;

  return (
    <section aria-labelledby="batches-heading" className="margin-top-5">
      <h2 id="batches-heading">Payment batches</h2>
      {!list && fetching && <Loading what="Loading the payment batches…" />}
      {!list && error && (
        <LoadFailed
          error={error}
          what="the payment batches"
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {list && list.nodes.length === 0 && pages.page === 1 && <p>No batch yet.</p>}
      {list && list.nodes.length > 0 && (
        <>
          <p>
            {list.totalCount === 1 ? '1 batch' : `${list.totalCount.toLocaleString('en-US')} batches`}, newest first.
          </p>
          <Table bordered fullWidth scrollable>
            <thead>
              <tr>
                <th scope="col">Batch</th>
                <th scope="col">Requests</th>
                <th scope="col" className="text-right">
                  Total
                </th>
                <th scope="col">Results</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((batch) => {
                const recorded = batch.items.filter((i) => i.outcome).length;
                return (
                  <tr key={batch.id}>
                    <th scope="row">
                      <Link className="usa-link" to={batchHref(batch.id)}>
                        Batch of {formatLocalDateTime(batch.createdAt)}
                      </Link>
                    </th>
                    <td>{batch.items.length}</td>
                    <td className="text-right font-mono-xs">{formatCents(batch.totalCents)}</td>
                    <td>{batch.complete ? 'All recorded' : `${recorded} of ${batch.items.length} recorded`}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </>
      )}
      {list && (
        <Pager label="Pages of payment batches" {...pages.pagerProps(list, BATCHES_PAGE_SIZE)} loading={fetching} />
      )}
    </section>
  );
}
