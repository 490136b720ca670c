import { useCallback, useEffect, useMemo } from 'react';
import { Alert, AlertHeading } from '@trussworks/react-uswds';
import {
  AutosaveNotices,
  KeptChangesPanel,
  SaveStatusBar,
  type AutosaveNoticesWording,
  type SaveStatusWording,
  formatCalendarDate,
} from '@abate/web/core';
import { PageHeading } from '@abate/web/ui';
import { dueText, todayIn } from '../model/due';
import { formatDollars, formatPeriod } from '../model/format';
import { reportName, reportNameInSentence } from '../model/labels';
import {
  blockingProblems,
  contextFromAward,
  contextFromSummary,
  describePartValue,
  isEditableReport,
  linkedWarnings,
  NARRATIVE_MAX,
  partLabel,
  reportProblems,
  unsavedProblems,
  withConfirmation,
  withMetricText,
  type ReportPart,
} from '../model/report-form';
import type { ReportPageData } from '../hooks/useReportPageData';
import { useReportAutosave } from '../hooks/useReportAutosave';
import { useSubmitReport } from '../hooks/useSubmitReport';
import { CharacterCountField } from './CharacterCountField';
import { MetricsSection } from './MetricsSection';
import { SpendingSection } from './SpendingSection';
import { SubmitReportSection } from './SubmitReportSection';
import { VersionHistory } from './VersionHistory';
import './reporting.css';

/** The save status in the grantee's terms (the texts around it are the applicant editor's). */
export const reportStatusWording: SaveStatusWording = {
  conflict: 'someone else saved this report',
  stopped: {
    INVALID_STATE: 'the report can no longer be changed',
    UNAUTHENTICATED: 'you are signed out',
    FORBIDDEN: 'you no longer have access to this report',
    NOT_FOUND: 'the report was not found',
  },
};

/** The form's notices in the grantee's terms. */
export const reportNoticesWording: AutosaveNoticesWording = {
  conflictHeading: 'Someone else saved this report',
  conflictText:
    'Another member of your organization saved changes since you opened the report, so your latest changes were not saved. They are kept on this device. Reload their version to see what changed: your unsaved figures and text will be shown beside it, to copy from or to put back.',
  reloadTheirVersion: 'Reload their version',
  reloadFailed: 'Their version could not be loaded. Check your connection, then try again.',
  stoppedHeadings: {
    INVALID_STATE: 'This report can no longer be changed',
    UNAUTHENTICATED: 'You are signed out',
    FORBIDDEN: 'You no longer have access to this report',
    NOT_FOUND: 'This report was not found',
  },
  reloadPage: 'Reload the report',
};

export interface ReportEditorProps {
  data: ReportPageData;
  /** The report was submitted. */
  onSubmitted: () => void;
  /** Reload the page's data: the report stopped being editable. */
  onReloadPage: () => void;
  signInHref: string;
}

/**
 * The quarterly report form: figures by group, spending against the budget and
 * the narrative, checked as typed with the shared report rules and saved
 * automatically part by part (the shared autosave), ending in submit.
 */
export function ReportEditor({ data, onSubmitted, onReloadPage, signInHref }: ReportEditorProps) {
  const [controller, state] = useReportAutosave(data);
  const { submit, submitting, failure } = useSubmitReport(controller);
  const { award, milestone } = data;
  const { values, server, dirty, problems: unsendable, rejected } = state;

  const notSaved = useMemo(() => ({ ...unsendable, ...rejected }), [unsendable, rejected]);
  // Budget and earlier spending: the server's summary once the report exists, else the award's budget and earlier reports.
  const context = useMemo(
    () =>
      server ? contextFromSummary(award.amountCents, server.spendingSummary) : contextFromAward(award, milestone.id),
    [server, award, milestone.id],
  );
  const problems = useMemo(() => reportProblems(values, context), [values, context]);
  const blocking = useMemo(() => blockingProblems(problems), [problems]);
  const warnings = useMemo(() => linkedWarnings(problems), [problems]);
  const unsaved = useMemo(() => unsavedProblems(dirty, notSaved), [dirty, notSaved]);

  // Submitted elsewhere meanwhile: the page shows it read-only instead.
  useEffect(() => {
    if (server && !isEditableReport(server)) onReloadPage();
  }, [server, onReloadPage]);

  const onMetricChange = useCallback(
    (key: string, text: string) => controller.update((v) => withMetricText(v, key, text)),
    [controller],
  );
  const onSpendingChange = useCallback(
    (category: string, text: string) =>
      controller.update((v) => ({ ...v, spending: { ...v.spending, [category]: text } })),
    [controller],
  );
  const onConfirm = useCallback(
    (field: string, confirmed: boolean) => controller.update((v) => withConfirmation(v, field, confirmed)),
    [controller],
  );

  const handleSubmit = async () => {
    const submitted = (await submit()) !== null;
    if (submitted) onSubmitted();
    return submitted;
  };

  const name = reportName(milestone.label);
  const today = todayIn(award.round.timeZone);
  const changesRequested = server?.status === 'CHANGES_REQUESTED';
  const narrativeMessages = (field: 'narrative.successes' | 'narrative.challenges') =>
    problems.errors.filter((e) => e.field === field).map((e) => e.message);

  return (
    <div className="abate-report">
      <PageHeading>{`${name}: ${award.organization.name}`}</PageHeading>
      <p className="margin-top-0">
        {award.application.title ?? award.round.title} ({formatDollars(award.amountCents)} award). The{' '}
        {milestone.kind === 'FINAL' ? 'final report covers the whole grant' : 'report covers'}{' '}
        {formatPeriod(milestone.periodStart, milestone.periodEnd)} and is due {formatCalendarDate(milestone.dueDate)}:{' '}
        <strong id="report-due">{dueText(milestone, today)}</strong>. Your changes save automatically as you type.
      </p>

      {changesRequested && (
        <Alert type="warning" className="margin-bottom-3" id="review-note-alert">
          <AlertHeading level="h2">Your program officer asked for changes</AlertHeading>
          <p className="usa-alert__text abate-review-note" id="review-note">
            {server?.reviewNote ?? 'No note was given.'}
          </p>
          <p className="usa-alert__text">Change the report below, then submit it again.</p>
        </Alert>
      )}

      <SaveStatusBar state={state} wording={reportStatusWording} onSaveNow={() => void controller.saveNow()}>
        <span id="report-progress" className="text-base-dark margin-left-2">
          {blocking.length === 0
            ? 'Ready to submit'
            : blocking.length === 1
              ? '1 problem to fix'
              : `${blocking.length} problems to fix`}
        </span>
      </SaveStatusBar>
      <AutosaveNotices
        state={state}
        controller={controller}
        wording={reportNoticesWording}
        partLabel={partLabel}
        signInHref={signInHref}
        onReloadPage={onReloadPage}
      />
      {state.kept && (
        <KeptChangesPanel<ReportPart>
          savedAt={state.kept.savedAt}
          parts={state.kept.parts}
          describe={(part, value) => ({ label: partLabel(part), text: describePartValue(part, value) })}
          onApply={(parts) => controller.applyKept(parts)}
          onDiscard={(parts) => controller.discardKept(parts)}
          intro="These changes of yours are not in the version shown in the form, which is the latest saved one. Copy what you need, or use your version to put it back in the form and save it."
        />
      )}

      <nav aria-labelledby="report-contents-heading" className="margin-bottom-4">
        <h2 id="report-contents-heading" className="font-heading-md">
          On this page
        </h2>
        <ul className="usa-list">
          <li>
            <a className="usa-link" href="#section-metrics">
              Figures for the period
            </a>
          </li>
          <li>
            <a className="usa-link" href="#section-spending">
              Spending
            </a>
          </li>
          <li>
            <a className="usa-link" href="#section-narrative">
              Narrative
            </a>
          </li>
          {server && server.versions.length > 0 && (
            <li>
              <a className="usa-link" href="#report-history">
                History
              </a>
            </li>
          )}
          <li>
            <a className="usa-link" href="#section-submit">
              Check and submit
            </a>{' '}
            <span className="text-base-dark">({blocking.length === 0 ? 'ready' : `${blocking.length} to fix`})</span>
          </li>
        </ul>
      </nav>

      <MetricsSection
        values={values}
        problems={problems}
        notSaved={notSaved}
        onMetricChange={onMetricChange}
        onConfirm={onConfirm}
      />
      <SpendingSection
        values={values}
        problems={problems}
        notSaved={notSaved}
        awardCents={award.amountCents}
        onChange={onSpendingChange}
        isFinal={milestone.kind === 'FINAL'}
      />

      <section id="section-narrative" aria-labelledby="section-narrative-heading" className="margin-bottom-6">
        <h2 id="section-narrative-heading" tabIndex={-1}>
          Narrative
        </h2>
        <p>In your own words, for your program officer. Do not name or describe anyone you served.</p>
        <CharacterCountField
          id="narrative__successes"
          label="Successes"
          hint="What went well this period, and what made it work."
          value={values.successes}
          onChange={(successes) => controller.update((v) => ({ ...v, successes }))}
          maxLength={NARRATIVE_MAX}
          errors={narrativeMessages('narrative.successes')}
          notSaved={notSaved['narrative.successes']}
        />
        <CharacterCountField
          id="narrative__challenges"
          label="Challenges"
          hint="What got in the way, and what you are doing about it."
          value={values.challenges}
          onChange={(challenges) => controller.update((v) => ({ ...v, challenges }))}
          maxLength={NARRATIVE_MAX}
          errors={narrativeMessages('narrative.challenges')}
          notSaved={notSaved['narrative.challenges']}
        />
      </section>

      {server && server.versions.length > 0 && <VersionHistory versions={server.versions} />}

      <SubmitReportSection
        errors={blocking}
        warnings={warnings}
        unsaved={unsaved}
        resubmission={changesRequested}
        reportName={reportNameInSentence(milestone.label)}
        submitting={submitting}
        failure={failure}
        onSubmit={handleSubmit}
      />
    </div>
  );
}
