import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, Button, ButtonGroup } from '@trussworks/react-uswds';
import { apiFormErrors, type ReportDecision, formatCalendarDate, formatLocalDateTime } from '@abate/web/core';
import { Breadcrumbs, Loading } from '@abate/web/rounds';
import { ErrorSummary, LoadFailure, PageHeading, TextAreaField, type FormError } from '@abate/web/ui';
import { useOfficerReport, useReviewReport, useReviewTrail, type OfficerReport } from '../hooks/useOfficerReport';
import { formatDollars, formatPeriod } from '../model/format';
import { reportName, reportNameInSentence } from '../model/labels';
import { decisionDoneMessage, NOTE_ID, NOTE_MAX, noteProblem } from '../model/review-decision';
import { SafeguardDeviationFlags } from './MetricsSection';
import { ReportFigures } from './ReportFigures';
import { ReportStatusTag } from './StatusTags';
import { ReviewTrailList, VersionHistory } from './VersionHistory';
import './reporting.css';

interface ReviewActionsProps {
  report: OfficerReport;
  onDecided: (message: string) => void;
}

/** "Accept report" or "Request changes" (a note is required), each confirmed before it is sent. */
function ReviewActions({ report, onDecided }: ReviewActionsProps) {
  const { review, fetching } = useReviewReport(report.id);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [confirming, setConfirming] = useState<ReportDecision | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const name = reportNameInSentence(report.milestone.label);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const start = (decision: ReportDecision) => {
    const problem = noteProblem(decision, note);
    setNoteError(problem ?? undefined);
    setErrors(problem ? [{ message: problem, fieldId: NOTE_ID }] : []);
    setConfirming(problem ? null : decision);
  };

  const cancel = (decision: ReportDecision) => {
    setConfirming(null);
    // Back to the button that opened the step.
    requestAnimationFrame(() =>
      document.getElementById(decision === 'ACCEPT' ? 'accept-report' : 'request-changes')?.focus(),
    );
  };

  const send = async (decision: ReportDecision) => {
    const result = await review(decision, note);
    if (result.data) {
      onDecided(
        decisionDoneMessage(decision, reportName(report.milestone.label), report.milestone.award.organization.name),
      );
      return;
    }
    setConfirming(null);
    const found = result.error
      ? apiFormErrors(result.error, (field) => (field === 'note' ? NOTE_ID : undefined))
      : [{ message: 'The decision was not saved. Try again.' }];
    setNoteError(found.find((e) => e.fieldId === NOTE_ID)?.message);
    setErrors(found);
  };

  return (
    <section
      id="review-actions"
      aria-labelledby="review-actions-heading"
      className="margin-top-6 border-top-2px border-base-lighter padding-top-2"
    >
      <h2 id="review-actions-heading">Your review</h2>
      <p>
        Accept the report, or send it back to the grantee with a note saying what needs to change: they can then revise
        it and submit it again. The grantee is told either way.
      </p>
      <ErrorSummary errors={errors} />
      <TextAreaField
        id={NOTE_ID}
        label="Note to the grantee"
        hint={`Required when you request changes; optional when you accept. The grantee reads it. At most ${NOTE_MAX.toLocaleString('en-US')} characters.`}
        value={note}
        onChange={(value) => {
          setNote(value);
          if (noteError) setNoteError(undefined);
        }}
        error={noteError}
        rows={5}
        disabled={fetching}
      />
      {confirming === null ? (
        <ButtonGroup type="default" className="margin-top-3">
          <Button type="button" id="accept-report" onClick={() => start('ACCEPT')}>
            Accept report
          </Button>
          <Button type="button" id="request-changes" outline onClick={() => start('REQUEST_CHANGES')}>
            Request changes
          </Button>
        </ButtonGroup>
      ) : (
        <Alert type="warning" id="review-confirm" className="margin-top-3">
          <h3 className="usa-alert__heading" ref={confirmHeading} tabIndex={-1}>
            {confirming === 'ACCEPT' ? `Accept the ${name}?` : `Send the ${name} back for changes?`}
          </h3>
          <p className="usa-alert__text">
            {confirming === 'ACCEPT'
              ? `${report.milestone.award.organization.name} will be told the report is accepted. It can’t be changed afterwards.${report.milestone.kind === 'FINAL' ? ' Accepting the final report closes the award.' : ''}`
              : `${report.milestone.award.organization.name} will get your note and can revise the report and submit it again.`}
          </p>
          <ButtonGroup type="default" className="margin-top-2">
            <Button type="button" onClick={() => void send(confirming)} disabled={fetching}>
              {fetching ? 'Sending…' : confirming === 'ACCEPT' ? 'Yes, accept the report' : 'Yes, send the request'}
            </Button>
            <Button type="button" outline onClick={() => cancel(confirming)} disabled={fetching}>
              Cancel
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </section>
  );
}

export interface ReportReviewProps {
  reportId: string;
  /** Officers review; auditors read. */
  canAct: boolean;
  queueHref: string;
  awardHref: (awardId: string) => string;
}

/**
 * `/officer/reports/:reportId`: the report read-only (metrics by group with the
 * safeguard deviations highlighted, spending against the budget, the narrative,
 * every version and the review trail) and, for officers while it is submitted,
 * "Accept report" and "Request changes".
 */
export function ReportReview({ reportId, canAct, queueHref, awardHref }: ReportReviewProps) {
  const { state, reload } = useOfficerReport(reportId);
  const [done, setDone] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const trail = useReviewTrail(reportId, reloads);

  const loadedAt = state.kind === 'ready' ? state.loadedAt : null;
  useEffect(() => {
    if (loadedAt !== null && done) document.getElementById('review-done')?.focus();
  }, [loadedAt, done]);

  if (state.kind === 'loading') return <Loading what="Loading the report…" />;
  if (state.kind === 'failed') {
    const [error] = state.errors;
    return (
      <LoadFailure
        what="report"
        error={error}
        missing={error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT'}
        missingText="There is no report at this address."
        onRetry={reload}
        back={{ to: queueHref, label: 'Back to the quarterly reports' }}
      />
    );
  }

  const { report } = state;
  const { milestone } = report;
  const { award } = milestone;
  const name = reportName(milestone.label);
  const deviations = report.check.safeguardDeviations;

  return (
    <div className="abate-report">
      <Breadcrumbs
        trail={[{ label: 'Quarterly reports', to: queueHref }]}
        current={`${award.organization.name}: ${name}`}
      />
      {done && (
        <Alert type="success" role="status" className="margin-bottom-3" id="review-done" tabIndex={-1}>
          <p className="usa-alert__text">{done}</p>
        </Alert>
      )}
      <PageHeading>{`${name}: ${award.organization.name}`}</PageHeading>
      <p className="margin-top-0">
        <ReportStatusTag status={report.status} />{' '}
        {report.submittedAt ? `Submitted ${formatLocalDateTime(report.submittedAt)}.` : ''} Covers{' '}
        {formatPeriod(milestone.periodStart, milestone.periodEnd)}; due {formatCalendarDate(milestone.dueDate)}.
      </p>
      <p>
        <Link className="usa-link" to={awardHref(award.id)}>
          {award.application.title ?? `${award.organization.name} award`}
        </Link>{' '}
        in {award.round.title}: {formatDollars(award.amountCents)}, {formatPeriod(award.startDate, award.endDate)}.
      </p>

      {deviations.length > 0 ? (
        <SafeguardDeviationFlags
          deviations={deviations}
          headingLevel="h3"
          intro="Safeguard figures that differ from what the program expects (highlighted in the figures below)."
        />
      ) : (
        <Alert type="success" slim className="margin-bottom-2" id="no-safeguard-flags">
          <p className="usa-alert__text">No safeguard flags: every safeguard figure is as expected.</p>
        </Alert>
      )}

      {report.check.warnings.length > 0 && (
        <div id="report-check-warnings" className="margin-bottom-3">
          <h2 className="margin-bottom-1">Checks</h2>
          <p className="margin-top-0">
            What the report rules point out about these figures
            {report.confirmedWarnings.length > 0 ? '; the grantee confirmed the figures marked so' : ''}.
          </p>
          <ul className="usa-list">
            {report.check.warnings.map((warning) => (
              <li key={`${warning.field}:${warning.message}`}>
                {warning.message}
                {report.confirmedWarnings.includes(warning.field) && (
                  <strong> (The grantee confirmed this figure.)</strong>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {report.reviewNote && report.status !== 'SUBMITTED' && (
        <Alert type="info" className="margin-bottom-3" id="review-note-alert">
          <AlertHeading level="h2">
            {report.status === 'ACCEPTED' ? 'Note sent with the acceptance' : 'Note sent to the grantee'}
          </AlertHeading>
          <p className="usa-alert__text abate-review-note" id="review-note">
            {report.reviewNote}
          </p>
        </Alert>
      )}

      <div className="margin-bottom-6">
        <ReportFigures
          metrics={report.metrics}
          spending={report.spending}
          narrative={report.narrative}
          summary={report.spendingSummary}
          deviationKeys={new Set(deviations.map((d) => d.key))}
          idPrefix="report"
          headingLevel={2}
        />
      </div>

      <VersionHistory versions={report.versions} />

      <section id="review-history" aria-labelledby="review-history-heading" className="margin-bottom-6">
        <h2 id="review-history-heading">Submissions and reviews</h2>
        {trail.entries ? (
          <ReviewTrailList entries={trail.entries} />
        ) : trail.failed ? (
          <p>The review history could not be loaded.</p>
        ) : (
          <Loading what="Loading the review history…" />
        )}
      </section>

      {report.status === 'SUBMITTED' &&
        (canAct ? (
          <ReviewActions
            key={state.loadedAt}
            report={report}
            onDecided={(message) => {
              setDone(message);
              setReloads((n) => n + 1);
              reload();
            }}
          />
        ) : (
          <p className="text-base-dark" id="auditor-note">
            Auditors read reports; only program officers accept them or request changes.
          </p>
        ))}
    </div>
  );
}
