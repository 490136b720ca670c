import { useCallback, useEffect, useState } from 'react';
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { Breadcrumbs, Loading } from '@abate/web/rounds';
import { LoadFailure, PageHeading } from '@abate/web/ui';
import { useReportPageData, type ReportPageData } from '../hooks/useReportPageData';
import { formatDollars, formatPeriod } from '../model/format';
import { reportName } from '../model/labels';
import { ReportEditor } from './ReportEditor';
import { ReportFigures } from './ReportFigures';
import { SafeguardDeviationFlags } from './MetricsSection';
import { ReportStatusTag } from './StatusTags';
import { VersionHistory } from './VersionHistory';
import './reporting.css';
import { formatCalendarDate, formatLocalDateTime } from '@abate/web/core';

export interface ReportWorkspaceProps {
  milestoneId: string;
  awardsHref: string;
  awardHref: (awardId: string) => string;
  signInHref: string;
}

/** A submitted or accepted report, read-only, with the officer's note and every version. */
function SubmittedReport({ data, justSubmitted }: { data: ReportPageData; justSubmitted: boolean }) {
  const { award, milestone, report } = data;
  if (!report) return null;
  const name = reportName(milestone.label);
  return (
    <div className="abate-report">
      {justSubmitted && (
        <Alert type="success" role="status" className="margin-bottom-3" id="report-submitted" tabIndex={-1}>
          <AlertHeading level="h2">Report submitted</AlertHeading>
          <p className="usa-alert__text">
            Your program officer has been sent the {name.charAt(0).toLowerCase() + name.slice(1)} to review. You will
            hear from them if anything needs to change.
          </p>
        </Alert>
      )}
      <PageHeading>{`${name}: ${award.organization.name}`}</PageHeading>
      <p className="margin-top-0">
        <ReportStatusTag status={report.status} />{' '}
        {report.submittedAt ? `Submitted ${formatLocalDateTime(report.submittedAt)}.` : ''} The report covers{' '}
        {formatPeriod(milestone.periodStart, milestone.periodEnd)} and was due {formatCalendarDate(milestone.dueDate)}.{' '}
        {award.application.title ?? award.round.title} ({formatDollars(award.amountCents)} award).
      </p>
      <p>
        {report.status === 'ACCEPTED'
          ? 'Your program officer accepted this report. It can no longer be changed.'
          : 'The report is with your program officer. You can’t change it unless they ask for changes.'}
      </p>
      {report.reviewNote && (
        <Alert type="info" className="margin-bottom-3" id="review-note-alert">
          <AlertHeading level="h2">
            {report.status === 'ACCEPTED'
              ? 'Note from your program officer'
              : 'Your program officer’s note on the earlier version'}
          </AlertHeading>
          <p className="usa-alert__text abate-review-note" id="review-note">
            {report.reviewNote}
          </p>
        </Alert>
      )}
      <SafeguardDeviationFlags
        deviations={report.check.safeguardDeviations}
        headingLevel="h3"
        intro="These figures differ from what the program expects; your program officer sees each flag with the report."
      />
      <div className="margin-bottom-6">
        <ReportFigures
          metrics={report.metrics}
          spending={report.spending}
          narrative={report.narrative}
          summary={report.spendingSummary}
          deviationKeys={new Set(report.check.safeguardDeviations.map((d) => d.key))}
          idPrefix="report"
          headingLevel={2}
        />
      </div>
      <VersionHistory versions={report.versions} />
    </div>
  );
}

/**
 * `/reports/:milestoneId`: the report form while the report is a draft (or
 * before it exists, or when changes were requested), otherwise the submitted
 * report read-only.
 */
export function ReportWorkspace({ milestoneId, awardsHref, awardHref, signInHref }: ReportWorkspaceProps) {
  const { state, reload } = useReportPageData(milestoneId);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const afterSubmitting = useCallback(() => {
    setJustSubmitted(true);
    reload();
  }, [reload]);
  const reloadPage = useCallback(() => {
    setJustSubmitted(false);
    reload();
  }, [reload]);

  // The form that had focus is gone: the confirmation takes it, so it is read out.
  const loadedAt = state.kind === 'ready' ? state.loadedAt : null;
  useEffect(() => {
    if (loadedAt !== null && justSubmitted) document.getElementById('report-submitted')?.focus();
  }, [loadedAt, justSubmitted]);

  if (state.kind === 'loading') return <Loading what="Loading the report…" />;

  if (state.kind === 'failed') {
    const [error] = state.errors;
    return (
      <LoadFailure
        what="report"
        error={error}
        missing={error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN'}
        missingText="There is no report at this address for your organization."
        onRetry={reloadPage}
        back={{ to: awardsHref, label: 'Back to your awards' }}
      />
    );
  }

  const { data } = state;
  const crumbs = (
    <Breadcrumbs
      trail={[
        { label: 'Your awards', to: awardsHref },
        { label: data.award.application.title ?? data.award.organization.name, to: awardHref(data.award.id) },
      ]}
      current={reportName(data.milestone.label)}
    />
  );
  const status = data.report?.status;
  if (status === 'SUBMITTED' || status === 'ACCEPTED') {
    return (
      <>
        {crumbs}
        <SubmittedReport data={data} justSubmitted={justSubmitted} />
      </>
    );
  }
  return (
    <>
      {crumbs}
      {/* Keyed by load: a reload starts a fresh autosave on the server's latest version. */}
      <ReportEditor
        key={state.loadedAt}
        data={data}
        onSubmitted={afterSubmitting}
        onReloadPage={reloadPage}
        signInHref={signInHref}
      />
    </>
  );
}
