import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import type { AuditTrailQuery } from '@abate/web/core';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { usePagedQuery, formatLocalDateTime } from '@abate/web/core';
import { ErrorSummary, InputField, PageHeading } from '@abate/web/ui';
import { auditTrailQuery } from '../graphql/audit.documents';
import {
  exportHref,
  filterFromParams,
  filterProblems,
  filterToParams,
  filterVariables,
  type AuditFilterForm,
} from '../model/audit-filter';

const selectEvents = (data: AuditTrailQuery) => data.auditEvents;
const PAGE_SIZE = 50;

const FIELD_LABELS: Record<keyof AuditFilterForm, string> = {
  actor: 'Who',
  action: 'Action',
  entityType: 'Record type',
  entityId: 'Record id',
  from: 'From',
  to: 'To',
};

/** `/audit`: who changed what and when, newest first, filtered, with the filtered set as CSV or XLSX. */
export function AuditTrail() {
  const [params, setParams] = useSearchParams();
  const applied = filterFromParams(params);
  const [form, setForm] = useState<AuditFilterForm>(applied);
  const [problems, setProblems] = useState<Partial<Record<keyof AuditFilterForm, string>>>({});
  const appliedProblems = filterProblems(applied);
  const variables = Object.keys(appliedProblems).length ? {} : filterVariables(applied);
  const { nodes, totalCount, fetching, error, hasMore, loadMore, loadingMore, moreError, retry } = usePagedQuery(
    auditTrailQuery,
    variables,
    PAGE_SIZE,
    selectEvents,
  );
  const filtered = Object.keys(variables).length > 0;

  const set = (key: keyof AuditFilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = filterProblems(form);
    setProblems(found);
    if (Object.keys(found).length === 0) setParams(filterToParams(form));
  };
  const clear = () => {
    setForm(filterFromParams(new URLSearchParams()));
    setProblems({});
    setParams({});
  };
  const apiProblem = error?.graphQLErrors[0]?.extensions?.code === 'BAD_USER_INPUT' ? error.graphQLErrors[0] : null;
  const errors = Object.entries(problems).map(([field, message]) => ({
    fieldId: `audit-${field}`,
    message: `${FIELD_LABELS[field as keyof AuditFilterForm]}: ${message}`,
  }));

  return (
    <div className="usa-prose maxw-none">
      <PageHeading>Audit trail</PageHeading>
      <p className="usa-intro">
        Every change made in Abate: who made it, what they did, to which record, and when. Newest first.
      </p>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <form
        className="usa-form maxw-none margin-bottom-3"
        role="search"
        aria-label="Filter the audit trail"
        onSubmit={submit}
      >
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-4">
            <InputField
              id="audit-actor"
              label="Who"
              hint="Part of their email address, or their user id."
              value={form.actor}
              onChange={set('actor')}
              error={problems.actor}
              autoComplete="off"
            />
          </div>
          <div className="tablet:grid-col-4">
            <InputField
              id="audit-action"
              label="Action"
              hint="Such as award.create, or award for every award action."
              value={form.action}
              onChange={set('action')}
              error={problems.action}
              autoComplete="off"
            />
          </div>
          <div className="tablet:grid-col-4">
            <InputField
              id="audit-entityType"
              label="Record type"
              hint="Such as Award, FundingRound, User."
              value={form.entityType}
              onChange={set('entityType')}
              error={problems.entityType}
              autoComplete="off"
            />
          </div>
          <div className="tablet:grid-col-6">
            <InputField
              id="audit-entityId"
              label="Record id"
              hint="The id of one record, to follow its history."
              value={form.entityId}
              onChange={set('entityId')}
              error={problems.entityId}
              autoComplete="off"
            />
          </div>
          <div className="tablet:grid-col-3">
            <InputField
              id="audit-from"
              label="From"
              hint="First day, included."
              type="date"
              value={form.from}
              onChange={set('from')}
              error={problems.from}
            />
          </div>
          <div className="tablet:grid-col-3">
            <InputField
              id="audit-to"
              label="To"
              hint="Last day, included."
              type="date"
              value={form.to}
              onChange={set('to')}
              error={problems.to}
            />
          </div>
        </div>
        <div className="margin-top-2">
          <Button type="submit">Show changes</Button>
          {filtered && (
            <Button type="button" unstyled className="margin-left-2" onClick={clear}>
              Clear the filters
            </Button>
          )}
        </div>
      </form>

      <p role="status" aria-live="polite" id="audit-count">
        {nodes && totalCount !== null
          ? `${totalCount === 1 ? '1 change' : `${totalCount.toLocaleString('en-US')} changes`}${filtered ? ' match the filters' : ''}${totalCount > nodes.length ? `; showing the newest ${nodes.length}` : ''}.`
          : ''}
      </p>
      {nodes && totalCount !== null && totalCount > 0 && (
        <p>
          Download {filtered ? 'the changes that match' : 'every change'}:{' '}
          <a className="usa-link margin-right-2" href={exportHref('csv', variables)} download>
            CSV
          </a>
          <a className="usa-link" href={exportHref('xlsx', variables)} download>
            Excel (XLSX)
          </a>
        </p>
      )}
      {fetching && !nodes && <Loading what="Loading the audit trail…" />}
      {apiProblem && (
        <Alert type="error" slim>
          <p className="usa-alert__text">{apiProblem.message}</p>
        </Alert>
      )}
      {error && !apiProblem && !nodes && <LoadFailed error={error} what="the audit trail" onRetry={retry} />}
      {nodes && nodes.length > 0 && (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">Changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((event) => (
              <tr key={event.id} data-event-id={event.id}>
                <td data-label="When" className="text-no-wrap">
                  {formatLocalDateTime(event.occurredAt)}
                </td>
                <td data-label="Who">{event.actorEmail ?? (event.actorId ? event.actorId : 'Abate (scheduled)')}</td>
                <td data-label="Action">
                  <code>{event.action}</code>
                </td>
                <td data-label="Record">
                  {event.entityType}
                  <span className="display-block font-mono-3xs text-base-dark abate-break">{event.entityId}</span>
                </td>
                <td data-label="Change">
                  {event.before || event.after ? (
                    <details>
                      <summary>Before and after</summary>
                      {event.before && (
                        <>
                          <p className="margin-y-1 text-bold">Before</p>
                          <pre className="font-mono-3xs bg-base-lightest padding-1 abate-break">{event.before}</pre>
                        </>
                      )}
                      {event.after && (
                        <>
                          <p className="margin-y-1 text-bold">After</p>
                          <pre className="font-mono-3xs bg-base-lightest padding-1 abate-break">{event.after}</pre>
                        </>
                      )}
                    </details>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nodes && nodes.length === 0 && <p>{filtered ? 'No change matches the filters.' : 'Nothing has changed yet.'}</p>}
      {moreError && (
        <Alert type="error" slim className="margin-bottom-2">
          <p className="usa-alert__text">More changes could not be loaded. Try again.</p>
        </Alert>
      )}
      {hasMore && (
        <Button type="button" outline onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show older changes'}
        </Button>
      )}
    </div>
  );
}
