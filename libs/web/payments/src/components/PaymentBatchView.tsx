import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { apiErrorText, type PaymentResultInput, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { InputField, PageHeading, SelectField } from '@abate/web/ui';
import { Breadcrumbs, Loading, LoadFailed } from '@abate/web/rounds';
import { paymentBatchQuery, recordPaymentResultsMutation } from '../graphql/payments.documents';

export interface PaymentBatchViewProps {
  id: string;
  canPay: boolean;
  batchesHref: string;
  requestHref: (paymentRequestId: string) => string;
}

interface Draft {
  outcome: '' | 'PAID' | 'FAILED';
  paidOn: string;
  reference: string;
  note: string;
}

const blank: Draft = { outcome: '', paidOn: '', reference: '', note: '' };
const context = { additionalTypenames: ['PaymentRequest', 'PaymentBatch'] };

/** /finance/payment-batches/:id: the batch's payment file, and the results from the accounting system per request. */
export function PaymentBatchView({ id, canPay, batchesHref, requestHref }: PaymentBatchViewProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: paymentBatchQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
    context,
  });
  const [{ fetching: recording }, record] = useMutation(recordPaymentResultsMutation);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const batch = data?.paymentBatch;
  if (!batch && fetching) return <Loading what="Loading the batch…" />;
  if (!batch) {
    return (
      <>
        <PageHeading>Payment batch</PageHeading>
        {error && (
          <LoadFailed error={error} what="the batch" onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )}
      </>
    );
  }
  const open = batch.items.filter((i) => !i.outcome);
  const draftOf = (requestId: string) => drafts[requestId] ?? blank;
  const setDraft = (requestId: string, patch: Partial<Draft>) =>
    setDrafts((current) => ({ ...current, [requestId]: { ...(current[requestId] ?? blank), ...patch } }));

  const submit = async () => {
    setProblem(null);
    setAnnouncement('');
    const chosen = open.filter((item) => draftOf(item.paymentRequestId).outcome);
    if (chosen.length === 0) return setProblem({ text: 'Choose paid or failed for at least one request' });
    const results: PaymentResultInput[] = chosen.map((item) => {
      const d = draftOf(item.paymentRequestId);
      return d.outcome === 'PAID'
        ? { paymentRequestId: item.paymentRequestId, outcome: 'PAID', paidOn: d.paidOn, reference: d.reference.trim() }
        : { paymentRequestId: item.paymentRequestId, outcome: 'FAILED', note: d.note.trim() };
    });
    const result = await record({ batchId: batch.id, results });
    if (result.error) {
      const field = result.error.graphQLErrors[0]?.extensions.field;
      const index = typeof field === 'string' ? /^results\.(\d+)\./.exec(field)?.[1] : undefined;
      const which = index !== undefined ? chosen[Number(index)]?.paymentRequest.reference : undefined;
      return setProblem({ text: `${which ? `${which}: ` : ''}${apiErrorText(result.error)}` });
    }
    setDrafts({});
    setAnnouncement(`Recorded ${chosen.length} result${chosen.length === 1 ? '' : 's'}`);
  };

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Payment batches', to: batchesHref }]} current="Batch" />
      <PageHeading>{`Payment batch of ${formatLocalDateTime(batch.createdAt)}`}</PageHeading>
      <p>
        {batch.items.length} request{batch.items.length === 1 ? '' : 's'}, {formatCents(batch.totalCents)}.{' '}
        {batch.complete
          ? 'Every result is recorded.'
          : `${open.length} result${open.length === 1 ? '' : 's'} to record.`}
      </p>
      <p>
        <a className="usa-button usa-button--outline" href={batch.csvUrl} download>
          Download the payment file (CSV)
        </a>
      </p>
      <p className="usa-hint">
        Load the file into the county’s accounting system; then record here what it paid. Paid requests post to the
        settlement fund’s books; failed ones can be put in a new batch.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Table bordered fullWidth scrollable>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Payee</th>
              <th scope="col" className="text-right">
                Amount
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {batch.items.map((item) => {
              const rid = item.paymentRequestId;
              const d = draftOf(rid);
              const ref = item.paymentRequest.reference;
              return (
                <tr key={rid}>
                  <th scope="row">
                    <Link className="usa-link" to={requestHref(rid)}>
                      {ref}
                    </Link>
                  </th>
                  <td>{item.paymentRequest.award.organization.name}</td>
                  <td className="text-right font-mono-xs">{formatCents(item.amountCents)}</td>
                  <td>
                    {item.outcome === 'PAID' && (
                      <span>
                        <span className="usa-tag bg-green">Paid</span> {formatCalendarDate(item.paidOn)}, reference{' '}
                        {item.reference}
                      </span>
                    )}
                    {item.outcome === 'FAILED' && (
                      <span>
                        <span className="usa-tag bg-secondary-dark">Failed</span> {item.note}
                        {item.paymentRequest.status === 'FAILED' && ' (can go in a new batch)'}
                      </span>
                    )}
                    {!item.outcome && !canPay && 'Not recorded yet'}
                    {!item.outcome && canPay && (
                      <div className="maxw-mobile-lg">
                        <SelectField
                          id={`outcome-${rid}`}
                          label={`Result for ${ref}`}
                          placeholder="- Not recorded yet -"
                          options={[
                            { value: 'PAID', label: 'Paid' },
                            { value: 'FAILED', label: 'Failed' },
                          ]}
                          value={d.outcome}
                          onChange={(outcome) => setDraft(rid, { outcome: outcome as Draft['outcome'] })}
                        />
                        {d.outcome === 'PAID' && (
                          <>
                            <InputField
                              id={`paid-on-${rid}`}
                              label="Paid on"
                              type="date"
                              value={d.paidOn}
                              onChange={(paidOn) => setDraft(rid, { paidOn })}
                            />
                            <InputField
                              id={`reference-${rid}`}
                              label="Check or EFT reference"
                              value={d.reference}
                              onChange={(reference) => setDraft(rid, { reference })}
                            />
                          </>
                        )}
                        {d.outcome === 'FAILED' && (
                          <InputField
                            id={`note-${rid}`}
                            label="Why it failed (the grantee reads this)"
                            value={d.note}
                            onChange={(note) => setDraft(rid, { note })}
                          />
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        {problem && (
          <Alert type="error" slim role="alert">
            {problem.text}
          </Alert>
        )}
        <p role="status">{announcement}</p>
        {canPay && open.length > 0 && (
          <Button type="submit" disabled={recording}>
            Record the results
          </Button>
        )}
      </form>
    </>
  );
}
