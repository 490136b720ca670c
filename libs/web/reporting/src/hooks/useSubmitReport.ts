import { useCallback } from 'react';
import { CombinedError, useClient } from 'urql';
import { useSubmitAfterSave, type ApiError } from '@abate/web/core';
import { reportingSubmitReportMutation } from '../graphql/reporting.documents';
import type { ReportController } from '../model/report-form';

const unsavedMessages = {
  unsaved: 'Some of your changes can’t be saved yet. Fix the fields marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'Someone else saved this report since you loaded it. Reload their version before you submit.',
  stopped: 'Your latest changes could not be saved, so the report was not submitted.',
} as const;

/** Flushes pending saves, then submits the report with the version they returned. */
export function useSubmitReport(controller: ReportController) {
  const client = useClient();

  const send = useCallback(async () => {
    const report = controller.getSnapshot().server;
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
  }, [client, controller]);

  const onRefused = useCallback(
    async (error: ApiError) => {
      if (error.code === 'CONFLICT') await controller.reportConflict(error.message);
      if (error.code === 'INVALID_STATE' || error.code === 'FORBIDDEN') controller.halt(error.code, error.message);
    },
    [controller],
  );

  const {
    submit: submitAfterSave,
    submitting,
    failure,
  } = useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The report was not submitted',
    onRefused,
  });
  /** Resolves true once submitted. */
  const submit = useCallback(async () => (await submitAfterSave()) !== null, [submitAfterSave]);

  return { submit, submitting, failure };
}
