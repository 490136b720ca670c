import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import {
  apiFieldErrors,
  type AmendmentDecision,
  type PaymentsAmendmentFieldsFragment,
  formatCalendarDate,
  formatLocalDateTime,
} from '@abate/web/core';
import { TextAreaField } from '@abate/web/ui';
import { Loading, LoadFailed } from '@abate/web/rounds';
import { awardAmendmentsQuery, decideAwardAmendmentMutation } from '../graphql/payments.documents';
import { budgetMoves } from '../model/amendment-form';
import { AmendmentForm } from './AmendmentForm';

export interface AwardAmendmentsProps {
  awardId: string;
  /** The signed-in user: "(you)" beside their name in the list, and no deciding one's own proposal. */
  viewerId: string | null;
  /** Grantees (organization members) and program officers (libs/web/identity access.ts). */
  canPropose: boolean;
  /** Program officers. */
  canDecide: boolean;
}

/** Amendments change budgets: the budget table of the Payments section reloads with them. */
export const amendmentContext = { additionalTypenames: ['AwardAmendment'] };

const STATUS = {
  PENDING: { label: 'Awaiting a decision', tone: 'bg-gold text-ink' },
  APPROVED: { label: 'Approved', tone: 'bg-green' },
  REJECTED: { label: 'Rejected', tone: 'bg-secondary-dark' },
} as const;

/** The award page's "Amendments" section: every amendment with its decision, a form to propose one, and the officer's decision. */
export function AwardAmendments({ awardId, viewerId, canPropose, canDecide }: AwardAmendmentsProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: awardAmendmentsQuery,
    variables: { awardId },
    requestPolicy: 'cache-and-network',
    context: amendmentContext,
  });
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const award = data?.award;
  const pending = award?.amendments.some((a) => a.status === 'PENDING') ?? false;

  return (
    <section aria-labelledby="amendments-heading" className="margin-top-5">
      <h2 id="amendments-heading">Amendments</h2>
      {!data && fetching && <Loading what="Loading the amendments…" />}
      {!data && error && <LoadFailed error={error} what="the amendments" onRetry={reload} />}
      {award && (
        <>
          {notice && (
            <Alert type="success" slim role="status">
              <p className="usa-alert__text">{notice}</p>
            </Alert>
          )}
          {award.amendments.length === 0 ? (
            <p>No amendments yet: the award keeps the terms it was made with.</p>
          ) : (
            [...award.amendments].reverse().map((amendment) => (
              <AmendmentCard
                key={amendment.id}
                amendment={amendment}
                viewerId={viewerId}
                canDecide={canDecide && amendment.status === 'PENDING' && amendment.proposedBy !== viewerId}
                onDecided={(text) => {
                  setNotice(text);
                  reload();
                }}
              />
            ))
          )}
          {canPropose && award.status === 'ACTIVE' && !proposing && (
            <div className="margin-top-2">
              {pending ? (
                <p className="usa-hint">
                  One amendment at a time: a new one can be proposed once the pending one is decided.
                </p>
              ) : (
                <Button
                  type="button"
                  outline
                  onClick={() => {
                    setNotice(null);
                    setProposing(true);
                  }}
                >
                  Propose an amendment
                </Button>
              )}
            </div>
          )}
          {canPropose && proposing && (
            <AmendmentForm
              key={award.version}
              awardId={awardId}
              version={award.version}
              current={award}
              onProposed={() => {
                setProposing(false);
                setNotice('Amendment proposed. The program officer will decide on it.');
                reload();
              }}
              onStale={reload}
              onCancel={() => setProposing(false)}
            />
          )}
        </>
      )}
    </section>
  );
}

interface AmendmentCardProps {
  amendment: PaymentsAmendmentFieldsFragment;
  viewerId: string | null;
  canDecide: boolean;
  onDecided: (notice: string) => void;
}

function AmendmentCard({ amendment, viewerId, canDecide, onDecided }: AmendmentCardProps) {
  const status = STATUS[amendment.status];
  const moves = budgetMoves(amendment);
  const headingId = `amendment-${amendment.number}-heading`;
  const who = (id: string | null | undefined, name: string | null | undefined) => {
    const you = !!id && id === viewerId;
    if (name) return you ? `${name} (you)` : name;
    return you ? 'you' : 'another user';
  };
  return (
    <article className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2" aria-labelledby={headingId}>
      <h3 id={headingId} className="margin-top-0">
        Amendment {amendment.number} <span className={`usa-tag ${status.tone}`}>{status.label}</span>
      </h3>
      <p className="margin-y-1">
        Proposed {formatLocalDateTime(amendment.proposedAt)} by {who(amendment.proposedBy, amendment.proposedByName)}.
      </p>
      <p className="margin-y-1">
        <strong>Reason:</strong> {amendment.reason}
      </p>
      <ul className="usa-list">
        {amendment.amountCents != null && (
          <li>
            Award total: {formatCents(amendment.previous.amountCents)} → {formatCents(amendment.amountCents)}
          </li>
        )}
        {amendment.endDate && (
          <li>
            End date: {formatCalendarDate(amendment.previous.endDate)} → {formatCalendarDate(amendment.endDate)}
          </li>
        )}
      </ul>
      {moves.length > 0 && (
        <Table bordered fullWidth scrollable caption={`Budget moves of amendment ${amendment.number}`}>
          <thead>
            <tr>
              <th scope="col">Budget category</th>
              <th scope="col" className="text-right">
                Before
              </th>
              <th scope="col" className="text-right">
                Proposed
              </th>
              <th scope="col" className="text-right">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {moves.map((move) => (
              <tr key={move.category}>
                <th scope="row">{move.label}</th>
                <td className="text-right font-mono-xs">{formatCents(move.beforeCents)}</td>
                <td className="text-right font-mono-xs">{formatCents(move.afterCents)}</td>
                <td className="text-right font-mono-xs">
                  {move.changeCents > 0n ? '+' : ''}
                  {formatCents(move.changeCents)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {amendment.status !== 'PENDING' && (
        <p className="margin-y-1">
          {STATUS[amendment.status].label} {formatLocalDateTime(amendment.decidedAt)} by{' '}
          {who(amendment.decidedBy, amendment.decidedByName)}
          {amendment.decisionNote ? (
            <>
              : <q>{amendment.decisionNote}</q>
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      {canDecide && <DecideAmendment amendment={amendment} onDecided={onDecided} />}
    </article>
  );
}

function DecideAmendment({
  amendment,
  onDecided,
}: {
  amendment: PaymentsAmendmentFieldsFragment;
  onDecided: (notice: string) => void;
}) {
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [otherError, setOtherError] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(decideAwardAmendmentMutation);
  const noteId = `amendment-${amendment.number}-note`;

  const send = async (decision: AmendmentDecision) => {
    setNoteError(null);
    setOtherError(null);
    const text = note.trim();
    if (decision === 'REJECT' && !text) {
      setNoteError('Say why the amendment is rejected: the grantee reads this note');
      document.getElementById(noteId)?.focus();
      return;
    }
    const result = await decide({ id: amendment.id, decision, note: text || null });
    if (result.data) {
      onDecided(
        decision === 'APPROVE'
          ? `Amendment ${amendment.number} approved: the award and its budget now have the new terms.`
          : `Amendment ${amendment.number} rejected: the award keeps its terms.`,
      );
      return;
    }
    if (!result.error) return;
    for (const { message, field } of apiFieldErrors(result.error)) {
      if (field === 'note') setNoteError(message);
      else setOtherError(message);
    }
  };

  return (
    <div className="margin-top-2">
      <TextAreaField
        id={noteId}
        label="Decision note"
        hint="Required to reject: the grantee reads it."
        value={note}
        onChange={setNote}
        error={noteError ?? undefined}
        disabled={fetching}
      />
      {otherError && (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{otherError}</p>
        </Alert>
      )}
      <div className="margin-top-2">
        <Button type="button" onClick={() => void send('APPROVE')} disabled={fetching}>
          Approve amendment {amendment.number}
        </Button>
        <Button type="button" secondary onClick={() => void send('REJECT')} disabled={fetching}>
          Reject amendment {amendment.number}
        </Button>
      </div>
    </div>
  );
}
