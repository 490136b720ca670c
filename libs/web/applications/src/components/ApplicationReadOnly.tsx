import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { AttachmentsPanel } from '@abate/web/attachments';
import { PageHeading } from '@abate/web/ui';
import type { EditorData } from '../hooks/useApplicationEditorData';
import { useWithdrawApplication } from '../hooks/useWithdrawApplication';
import { browserDraftStorage, type StoredDraft } from '../model/draft-storage';
import type { PartKey } from '../model/form-values';
import { BudgetTable, LawEnforcementFacts, TargetsTable } from './ReadOnlyFacts';
import { DecisionPanel } from './DecisionPanel';
import { ActivityList } from './ActivityList';
import { KeptChangesPanel } from './KeptChangesPanel';
import { SafeguardFlagList } from './SafeguardFlags';
import { StatusTag } from './StatusTag';
import './applications.css';
import { formatLocalDateTime } from '@abate/web/core';

/** Text left on this device for an application that can no longer be edited: shown to copy, deleted on request. */
function StoredCopy({
  applicationId,
  itemTitles,
  scaleLabels,
}: {
  applicationId: string;
  itemTitles: ReadonlyMap<string, string>;
  scaleLabels: ReadonlyMap<string, string>;
}) {
  const [stored, setStored] = useState<StoredDraft | null>(() => browserDraftStorage.read(applicationId));
  if (!stored) return null;
  const parts = { ...stored.dirty, ...stored.kept };
  const discard = (chosen?: PartKey[]) => {
    const keep = (record: Partial<Record<string, unknown>>) =>
      Object.fromEntries(
        Object.entries(record).filter(([part]) => chosen !== undefined && !chosen.includes(part as PartKey)),
      );
    const next: StoredDraft = { ...stored, dirty: keep(stored.dirty), kept: keep(stored.kept) };
    if (Object.keys(next.dirty).length + Object.keys(next.kept).length === 0) {
      browserDraftStorage.remove(applicationId);
      setStored(null);
    } else {
      browserDraftStorage.write(applicationId, next);
      setStored(next);
    }
  };
  return (
    <KeptChangesPanel
      savedAt={stored.keptSavedAt ?? stored.savedAt}
      parts={parts}
      itemTitles={itemTitles}
      scaleLabels={scaleLabels}
      onDiscard={discard}
      intro="These changes were never saved, and this application can no longer be edited. Copy anything you need before deleting them."
    />
  );
}

function WithdrawApplication({
  applicationId,
  closesAtLocal,
  onWithdrawn,
}: {
  applicationId: string;
  closesAtLocal: string;
  onWithdrawn: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { withdraw, withdrawing, error } = useWithdrawApplication();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    if (await withdraw(applicationId)) onWithdrawn();
  };

  return (
    <section className="margin-top-6 abate-no-print" id="withdraw">
      <h2>Withdraw the application</h2>
      {!confirming ? (
        <>
          <p>You can withdraw the application until the round closes ({closesAtLocal}).</p>
          <Button type="button" secondary ref={openButton} onClick={() => setConfirming(true)}>
            Withdraw application
          </Button>
        </>
      ) : (
        <Alert type="warning" className="margin-top-2">
          <h3 className="usa-alert__heading" ref={confirmHeading} tabIndex={-1} id="withdraw-confirm-heading">
            Withdraw this application?
          </h3>
          <p className="usa-alert__text">
            Reviewers will not see a withdrawn application, and it cannot be submitted again. While the round is open,
            your organization can start a new application.
          </p>
          <ButtonGroup type="default" className="margin-top-2">
            <Button type="button" secondary onClick={() => void confirm()} disabled={withdrawing}>
              {withdrawing ? 'Withdrawing…' : 'Yes, withdraw the application'}
            </Button>
            <Button type="button" outline onClick={() => setConfirming(false)} disabled={withdrawing}>
              Cancel
            </Button>
          </ButtonGroup>
          {error && (
            <p className="usa-alert__text text-bold" role="alert">
              The application was not withdrawn:{' '}
              {error.code === 'NETWORK' ? 'Abate could not be reached. Try again.' : error.message}
            </p>
          )}
        </Alert>
      )}
    </section>
  );
}

export interface ApplicationReadOnlyProps {
  data: EditorData;
  receiptHref: string;
  /** After a withdrawal: reload the page's data. */
  onChanged: () => void;
}

/** A submitted (or otherwise closed) application as it stands, with its tracking id and, while the round accepts, a way to withdraw. */
export function ApplicationReadOnly({ data, receiptHref, onChanged }: ApplicationReadOnlyProps) {
  const { round, organization } = data;
  const { checklist } = round;
  const itemTitles = useMemo(() => new Map(checklist.items.map((item) => [item.key, item.title])), [checklist.items]);
  const scaleLabels = useMemo(
    () => new Map(checklist.scale.map((step) => [String(step.value), step.label])),
    [checklist.scale],
  );
  const responses = useMemo(
    () => new Map(data.responses.map((response) => [response.itemKey, response])),
    [data.responses],
  );
  const canWithdraw = round.accepting && (data.status === 'SUBMITTED' || data.status === 'DRAFT');

  return (
    <div className="abate-application">
      <PageHeading>{`Application to ${round.title}`}</PageHeading>
      <p className="margin-top-0">
        For <strong>{organization.name}</strong> <StatusTag status={data.status} />
      </p>

      {data.trackingId && data.submittedAt && data.status !== 'WITHDRAWN' && (
        <Alert type="info" className="margin-bottom-3">
          <p className="usa-alert__text">
            Submitted {formatLocalDateTime(data.submittedAt)}. Tracking id{' '}
            <strong id="tracking-id">{data.trackingId}</strong>.{' '}
            <Link className="usa-link" to={receiptHref}>
              View the receipt
            </Link>
          </p>
        </Alert>
      )}
      {data.status === 'WITHDRAWN' && (
        <Alert type="info" className="margin-bottom-3">
          <p className="usa-alert__text">This application was withdrawn. Reviewers will not see it.</p>
        </Alert>
      )}
      {data.status === 'DRAFT' && !round.accepting && (
        <Alert type="warning" className="margin-bottom-3">
          <p className="usa-alert__text">
            This round is not accepting applications ({round.closesAtLocal} was the deadline), so this draft can no
            longer be changed or submitted.
          </p>
        </Alert>
      )}

      {(data.status === 'AWARDED' || data.status === 'DECLINED') && (
        <DecisionPanel applicationId={data.id} itemTitles={itemTitles} scaleLabels={scaleLabels} />
      )}

      <StoredCopy applicationId={data.id} itemTitles={itemTitles} scaleLabels={scaleLabels} />

      <h2>About the application</h2>
      <dl className="abate-summary">
        <dt className="text-bold">Application title</dt>
        <dd className="margin-left-0 margin-bottom-2">{data.title || 'Untitled'}</dd>
        <dt className="text-bold">Summary</dt>
        <dd className="margin-left-0 margin-bottom-2 abate-prose-text">{data.summary || 'Not answered'}</dd>
        <dt className="text-bold">Requested amount</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {data.requestedCents === null ? 'Not answered' : formatDollars(data.requestedCents)}
        </dd>
      </dl>

      <h2>Law enforcement</h2>
      <dl>
        <LawEnforcementFacts lawEnforcementRole={data.lawEnforcementRole} warrantChecks={data.warrantChecks} />
      </dl>

      {checklist.domains.map((domain) => (
        <section key={domain.key}>
          <h2>{domain.title}</h2>
          {checklist.items
            .filter((item) => item.domain === domain.key)
            .map((item) => {
              const response = responses.get(item.key);
              return (
                <div key={item.key} className="border-top-1px border-base-lighter padding-top-2 margin-top-2">
                  <h3 className="margin-0 font-heading-sm">{item.title}</h3>
                  <p className="abate-prose-text">{response?.narrative || 'Not answered'}</p>
                  <p className="text-base-dark">
                    Self-rating:{' '}
                    {response?.selfRating === null || response?.selfRating === undefined
                      ? 'not given'
                      : `${response.selfRating} – ${scaleLabels.get(String(response.selfRating)) ?? ''}`}
                  </p>
                </div>
              );
            })}
        </section>
      ))}

      <h2>Budget</h2>
      <BudgetTable lines={data.budgetLines} totalCents={data.budgetTotalCents} />

      <h2>Outcome targets</h2>
      <TargetsTable targets={data.targets} caption="Outcome targets" />

      <AttachmentsPanel applicationId={data.id} editable={false} />

      {data.safeguardFlags.length > 0 && (
        <>
          <h2>Safeguard flags</h2>
          <p>Advice from Abate’s checks; reviewers see these too.</p>
          <SafeguardFlagList flags={data.safeguardFlags} />
        </>
      )}

      <h2>Activity</h2>
      <ActivityList activity={data.activity} itemTitles={itemTitles} />

      {canWithdraw && (
        <WithdrawApplication applicationId={data.id} closesAtLocal={round.closesAtLocal} onWithdrawn={onChanged} />
      )}
    </div>
  );
}
