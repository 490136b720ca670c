import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, AlertHeading, Button, Fieldset, Radio, Table, Textarea, Label } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { apiErrorText, type PaymentReviewDecision, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { roleLabels } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { Breadcrumbs, Loading, LoadFailed } from '@abate/web/rounds';
import { paymentRequestQuery, reviewPaymentRequestMutation } from '../graphql/payments.documents';
import { categoryLabel, KIND_LABELS } from '../model/labels';
import { isEditable, type PaymentServer } from '../model/payment-form';
import { BudgetTable } from './BudgetTable';
import type { LineDocument } from './LineDocuments';
import { PaymentRequestForm } from './PaymentRequestForm';
import { PaymentStatusTag } from './StatusTag';

export interface PaymentViewer {
  userId: string;
  /** A member of a grantee organization (the API checks it is this award's). */
  grantee: boolean;
  programOfficer: boolean;
  financeOfficer: boolean;
}

export interface PaymentRequestViewProps {
  id: string;
  viewer: PaymentViewer;
  awardHref: (awardId: string) => string;
  approvalsHref: string;
  signInHref: string;
}

const context = { additionalTypenames: ['PaymentRequest', 'Attachment'] };

/** /payments/:id: one request: its lines and documents, its timeline, and what this viewer can do with it. */
export function PaymentRequestView({ id, viewer, awardHref, approvalsHref, signInHref }: PaymentRequestViewProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: paymentRequestQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
    context,
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const request = data?.paymentRequest;
  const documents = useMemo(
    () => new Map<string, readonly LineDocument[]>((request?.lines ?? []).map((l) => [l.id, l.documents])),
    [request],
  );

  if (!request && fetching) return <Loading what="Loading the payment request…" />;
  if (!request) {
    return (
      <>
        <PageHeading>Payment request</PageHeading>
        {error && <LoadFailed error={error} what="the payment request" onRetry={refresh} />}
      </>
    );
  }
  const award = request.award;
  const editable = viewer.grantee && isEditable(request.status);
  return (
    <>
      <Breadcrumbs
        trail={[
          viewer.grantee
            ? { label: award.round.title, to: awardHref(award.id) }
            : { label: 'Payment approvals', to: approvalsHref },
        ]}
        current={request.reference}
      />
      <PageHeading>{`${KIND_LABELS[request.kind]} request ${request.reference}`}</PageHeading>
      <p>
        <PaymentStatusTag status={request.status} /> {award.organization.name} ·{' '}
        <Link className="usa-link" to={awardHref(award.id)}>
          {award.round.title}
        </Link>{' '}
        · {formatCents(request.totalCents)}
      </p>
      {request.reviewNote && request.status === 'CHANGES_REQUESTED' && (
        <Alert type="warning">
          <AlertHeading level="h2">Changes requested</AlertHeading>
          {request.reviewNote}
        </Alert>
      )}
      {request.status === 'REJECTED' && request.reviewNote && (
        <Alert type="error">
          <AlertHeading level="h2">Rejected</AlertHeading>
          {request.reviewNote}
        </Alert>
      )}

      {editable ? (
        <PaymentRequestForm
          key={`${request.id}:${request.status}`}
          request={request}
          documents={documents}
          awardPeriod={{ startDate: award.startDate, endDate: award.endDate }}
          onChanged={refresh}
          signInHref={signInHref}
        />
      ) : (
        <RequestLines request={request} />
      )}

      <ReviewPanel request={request} viewer={viewer} onDecided={refresh} />

      <h2>Budget of the award</h2>
      <BudgetTable rows={award.budget} caption="Awarded, paid, pending and remaining per budget category" />

      <Timeline request={request} />
    </>
  );
}

function RequestLines({ request }: { request: PaymentServer }) {
  return (
    <>
      <h2>Lines</h2>
      <p>
        Period: {formatCalendarDate(request.periodStart) || 'not given'} to{' '}
        {formatCalendarDate(request.periodEnd) || 'not given'}
        {request.final && ' · the last request of the award'}
      </p>
      <Table bordered fullWidth scrollable>
        <thead>
          <tr>
            <th scope="col">Budget category</th>
            <th scope="col">What the money is for</th>
            <th scope="col" className="text-right">
              Amount
            </th>
            {request.kind === 'REIMBURSEMENT' && <th scope="col">Supporting documents</th>}
          </tr>
        </thead>
        <tbody>
          {request.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{categoryLabel(line.category)}</th>
              <td>{line.description}</td>
              <td className="text-right font-mono-xs">{formatCents(line.amountCents)}</td>
              {request.kind === 'REIMBURSEMENT' && (
                <td>
                  {line.documents.length === 0
                    ? 'None'
                    : line.documents.map((doc) => (
                        <div key={doc.id}>
                          <a className="usa-link" href={doc.downloadUrl}>
                            {doc.fileName}
                          </a>
                        </div>
                      ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td className="text-right font-mono-xs text-bold">{formatCents(request.totalCents)}</td>
            {request.kind === 'REIMBURSEMENT' && <td />}
          </tr>
        </tfoot>
      </Table>
    </>
  );
}

/**
 * Why this viewer cannot decide this request now, or null when they can; `hidden` when the
 * request does not wait for anyone with their roles (nothing to explain).
 */
export function reviewBlock(
  request: {
    status: PaymentServer['status'];
    approvals: ReadonlyArray<{ cycle: number; decision: PaymentReviewDecision; user: { id: string } }>;
  },
  viewer: PaymentViewer,
): 'hidden' | string | null {
  // SUBMITTED waits for the program approval, PROGRAM_APPROVED for the financial one.
  const due =
    (request.status === 'SUBMITTED' && viewer.programOfficer) ||
    (request.status === 'PROGRAM_APPROVED' && viewer.financeOfficer);
  if (!due) return 'hidden';
  // Approvals of the latest submission count (a resubmitted request needs both again).
  const cycle = Math.max(0, ...request.approvals.map((a) => a.cycle));
  const mine = request.approvals.find(
    (a) => a.cycle === cycle && a.decision === 'APPROVE' && a.user.id === viewer.userId,
  );
  if (mine)
    return 'You gave the program approval of this request, so the financial approval must come from another finance officer (separation of duties).';
  return null;
}

function ReviewPanel({
  request,
  viewer,
  onDecided,
}: {
  request: PaymentServer;
  viewer: PaymentViewer;
  onDecided: () => void;
}) {
  const [decision, setDecision] = useState<PaymentReviewDecision | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, review] = useMutation(reviewPaymentRequestMutation);
  const block = reviewBlock(request, viewer);
  if (block === 'hidden') return null;
  const stage = request.status === 'SUBMITTED' ? 'Program approval' : 'Financial approval';
  if (block) {
    return (
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{stage}</h2>
        <Alert type="info" slim>
          {block}
        </Alert>
      </section>
    );
  }
  const decide = async () => {
    setProblem(null);
    if (!decision) return setProblem('Choose a decision');
    if (decision !== 'APPROVE' && !note.trim())
      return setProblem(
        decision === 'REJECT' ? 'Give the reason for rejecting: the grantee reads it' : 'Say what needs to change',
      );
    const result = await review({ id: request.id, decision, note: note.trim() || null });
    if (result.error) return setProblem(apiErrorText(result.error));
    setDecision('');
    setNote('');
    onDecided();
  };
  return (
    <section aria-labelledby="review-heading" className="margin-top-4">
      <h2 id="review-heading">{stage}</h2>
      <form
        className="usa-form"
        onSubmit={(event) => {
          event.preventDefault();
          void decide();
        }}
      >
        <Fieldset legend="Your decision">
          <Radio
            id="decision-approve"
            name="decision"
            label="Approve"
            checked={decision === 'APPROVE'}
            onChange={() => setDecision('APPROVE')}
          />
          <Radio
            id="decision-changes"
            name="decision"
            label="Request changes"
            checked={decision === 'REQUEST_CHANGES'}
            onChange={() => setDecision('REQUEST_CHANGES')}
          />
          <Radio
            id="decision-reject"
            name="decision"
            label="Reject"
            checked={decision === 'REJECT'}
            onChange={() => setDecision('REJECT')}
          />
        </Fieldset>
        <Label htmlFor="decision-note">
          Note to the grantee {decision === 'APPROVE' || !decision ? '(optional when approving)' : '(required)'}
        </Label>
        <Textarea id="decision-note" name="decision-note" value={note} onChange={(e) => setNote(e.target.value)} />
        {problem && (
          <Alert type="error" slim role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" disabled={fetching}>
          Record the decision
        </Button>
      </form>
    </section>
  );
}

const DECISION_TEXT: Record<PaymentReviewDecision, string> = {
  APPROVE: 'approved',
  REQUEST_CHANGES: 'requested changes',
  REJECT: 'rejected',
};

interface TimelineEvent {
  key: string;
  at: string;
  title: string;
  detail?: string | null;
}

function Timeline({ request }: { request: PaymentServer }) {
  const events: TimelineEvent[] = [{ key: 'created', at: request.createdAt, title: 'Draft started' }];
  for (const a of request.approvals) {
    events.push({
      key: a.id,
      at: a.decidedAt,
      title: `${roleLabels[a.role]} ${a.user.name} ${DECISION_TEXT[a.decision]}`,
      detail: a.note,
    });
  }
  if (request.submittedAt) events.push({ key: 'submitted', at: request.submittedAt, title: 'Submitted' });
  events.sort((x, y) => x.at.localeCompare(y.at));
  const last: TimelineEvent[] = [];
  if (request.status === 'SCHEDULED')
    last.push({ key: 'scheduled', at: '', title: 'Scheduled for payment: in a batch sent to the accounting system' });
  if (request.status === 'PAID')
    last.push({
      key: 'paid',
      at: '',
      title: `Paid ${formatCalendarDate(request.paidOn)}`,
      detail: request.paymentReference ? `Payment reference ${request.paymentReference}` : null,
    });
  if (request.status === 'FAILED')
    last.push({
      key: 'failed',
      at: '',
      title: 'Payment failed; it will be scheduled again',
      detail: request.failureReason,
    });
  return (
    <section aria-labelledby="timeline-heading" className="margin-top-4">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="usa-process-list">
        {[...events, ...last].map((event) => (
          <li key={event.key} className="usa-process-list__item padding-bottom-2">
            <p className="usa-process-list__heading font-sans-sm">{event.title}</p>
            {event.at && <p className="margin-top-05 text-base-dark">{formatLocalDateTime(event.at)}</p>}
            {event.detail && <p className="margin-top-05">“{event.detail}”</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
