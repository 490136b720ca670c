import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';
import { applicantSubmitApplicationMutation } from '../graphql/applications.documents';
import type { DraftController } from '../model/draft-model';

export type SubmitFailure =
  | { kind: 'unsaved'; message: string }
  | { kind: 'api'; error: ApiError };

/** Flushes pending saves, then submits with the version they returned. */
export function useSubmitApplication(applicationId: string, controller: DraftController) {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const submit = useCallback(async (): Promise<{ trackingId: string } | null> => {
    setSubmitting(true);
    setFailure(null);
    try {
      const outcome = await controller.saveNow();
      if (outcome !== 'saved') {
        const messages: Record<typeof outcome, string> = {
          unsaved: 'Some of your changes can’t be saved yet. Fix the fields marked “Not saved”, then submit.',
          retrying: 'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
          conflict: 'Someone else saved this application since you loaded it. Reload their version before you submit.',
          stopped: 'Your latest changes could not be saved, so the application was not submitted.',
        };
        setFailure({ kind: 'unsaved', message: messages[outcome] });
        return null;
      }
      const version = controller.getSnapshot().server.version;
      const result = await client.mutation(applicantSubmitApplicationMutation, { id: applicationId, version }).toPromise();
      if (result.data) {
        controller.forgetStoredCopy();
        return { trackingId: result.data.submitApplication.trackingId };
      }
      const [error = { code: 'UNKNOWN', message: 'The application was not submitted' } as ApiError] = result.error ? toApiErrors(result.error) : [];
      if (error.code === 'CONFLICT') await controller.reportConflict(error.message);
      if (error.code === 'DEADLINE_PASSED' || error.code === 'INVALID_STATE') controller.halt(error.code, error.message);
      setFailure({ kind: 'api', error });
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [applicationId, client, controller]);

  return { submit, submitting, failure };
}
