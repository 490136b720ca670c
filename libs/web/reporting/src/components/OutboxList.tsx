import { useState, type FormEvent } from 'react';
import { Alert, Button, Tag } from '@trussworks/react-uswds';
import type { ReportingOutboxQuery } from '@abate/web/core';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { InputField, PageHeading } from '@abate/web/ui';
import { reportingOutboxQuery } from '../graphql/reporting.documents';
import { usePagedQuery, formatLocalDateTime } from '@abate/web/core';
import { attemptsText, outboxStatus, outboxStatusLabels, outboxTagClasses, recipientFilter } from '../model/outbox';
import './reporting.css';

const selectMessages = (data: ReportingOutboxQuery) => data.outboxMessages;
const PAGE_SIZE = 50;

/** `/officer/outbox`: the mail Abate wrote, newest first, with what was sent, what waits and what fails; filtered by recipient. */
export function OutboxList() {
  const [typed, setTyped] = useState('');
  const [recipient, setRecipient] = useState<string | null>(null);
  const { nodes, totalCount, fetching, error, hasMore, loadMore, loadingMore, moreError, retry } = usePagedQuery(
    reportingOutboxQuery,
    { recipient },
    PAGE_SIZE,
    selectMessages,
  );

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRecipient(recipientFilter(typed));
  };

  return (
    <div className="usa-prose maxw-none abate-outbox">
      <PageHeading>Outbox</PageHeading>
      <p className="usa-intro">
        Every email Abate wrote, newest first: decisions, reminders of reports due and overdue, and notices of reviews.
        Without a mail server, messages are stored here rather than sent, so you can read what people would receive.
      </p>

      <form
        className="usa-form maxw-mobile-lg margin-bottom-3"
        role="search"
        aria-label="Filter the outbox"
        onSubmit={filter}
      >
        <InputField
          id="outbox-recipient"
          label="Recipient email"
          hint="The whole address; letter case does not matter."
          value={typed}
          onChange={setTyped}
          type="text"
          autoComplete="off"
        />
        <div className="margin-top-2">
          <Button type="submit">Show their mail</Button>
          {recipient && (
            <Button
              type="button"
              unstyled
              className="margin-left-2"
              onClick={() => {
                setTyped('');
                setRecipient(null);
              }}
            >
              Show all mail
            </Button>
          )}
        </div>
      </form>

      <p role="status" aria-live="polite" id="outbox-count">
        {nodes && totalCount !== null
          ? `${totalCount === 1 ? '1 message' : `${totalCount} messages`}${recipient ? ` to ${recipient}` : ''}${totalCount > nodes.length ? `; showing the newest ${nodes.length}` : ''}.`
          : ''}
      </p>
      {fetching && !nodes && <Loading what="Loading the outbox…" />}
      {error && !nodes && <LoadFailed error={error} what="the outbox" onRetry={retry} />}
      {nodes && nodes.length > 0 && (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">Messages, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Written</th>
              <th scope="col">To</th>
              <th scope="col">Subject and message</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((message) => {
              const status = outboxStatus(message);
              const attempts = attemptsText(message);
              return (
                <tr key={message.id} data-message-id={message.id}>
                  <td data-label="Written">{formatLocalDateTime(message.createdAt)}</td>
                  <td data-label="To" className="abate-break">
                    {message.recipientEmail}
                  </td>
                  <td data-label="Subject and message">
                    <details>
                      <summary className="text-bold">{message.subject}</summary>
                      <div className="abate-prose-text bg-base-lightest padding-2 margin-top-1">{message.body}</div>
                    </details>
                  </td>
                  <td data-label="Kind">
                    <code>{message.kind}</code>
                  </td>
                  <td data-label="Status">
                    <Tag className={`${outboxTagClasses[status]} text-no-wrap`}>{outboxStatusLabels[status]}</Tag>
                    {message.sentAt && (
                      <span className="display-block font-sans-2xs text-base-dark">
                        {formatLocalDateTime(message.sentAt)}
                      </span>
                    )}
                    {attempts && <span className="display-block font-sans-2xs">{attempts}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {nodes && nodes.length === 0 && (
        <p>{recipient ? `No mail to ${recipient}.` : 'Abate has not written any mail yet.'}</p>
      )}
      {moreError && (
        <Alert type="error" slim className="margin-bottom-2">
          <p className="usa-alert__text">More messages could not be loaded. Try again.</p>
        </Alert>
      )}
      {hasMore && (
        <Button type="button" outline onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show older messages'}
        </Button>
      )}
    </div>
  );
}
