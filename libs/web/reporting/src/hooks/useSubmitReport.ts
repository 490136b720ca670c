import { CombinedError, type Client } from 'urql';
import { useSubmitAfterSave } from '@abate/web/core';
import { reportingSubmitReportMutation } from '../graphql/reporting.documents';
import type { ReportController, ReportServer } from '../model/report-form';

const unsavedMessages = {
  unsaved: 'Some of your changes can’t be saved yet. Fix the fields marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'Someone else saved this report since you loaded it. Reload their version before you submit.',
  stopped: 'Your latest changes could not be saved, so the report was not submitted.',
} as const;

/** submitQuarterlyReport with the version the last save returned; before any save there is no report to submit. */
async function send(client: Client, report: ReportServer) {
  if (!report) {
    return {
      error: new CombinedError({
        graphQLErrors: [
          { message: 'Enter the report’s figures before you submit it.', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      }),
    };
  }
  const result = await client
    .mutation(reportingSubmitReportMutation, { reportId: report.id, version: report.version })
    .toPromise();
  return { data: result.data?.submitQuarterlyReport, error: result.error };
}

/** Flushes pending saves, then submits the report with the version they returned. */
export function useSubmitReport(controller: ReportController) {
  return useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The report was not submitted',
  });
}
