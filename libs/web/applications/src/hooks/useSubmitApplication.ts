import { useCallback } from 'react';
import { useClient } from 'urql';
import { useSubmitAfterSave, type ApiError } from '@abate/web/core';
import { applicantSubmitApplicationMutation } from '../graphql/applications.documents';
import type { DraftController } from '../model/draft-model';

const unsavedMessages = {
  unsaved: 'Some of your changes can’t be saved yet. Fix the fields marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'Someone else saved this application since you loaded it. Reload their version before you submit.',
  stopped: 'Your latest changes could not be saved, so the application was not submitted.',
} as const;

/** Flushes pending saves, then submits with the version they returned. */
export function useSubmitApplication(applicationId: string, controller: DraftController) {
  const client = useClient();

  const send = useCallback(async () => {
    const version = controller.getSnapshot().server.version;
    const result = await client
      .mutation(applicantSubmitApplicationMutation, { id: applicationId, version })
      .toPromise();
    return {
      data: result.data ? { trackingId: result.data.submitApplication.trackingId } : undefined,
      error: result.error,
    };
  }, [applicationId, client, controller]);

  const onRefused = useCallback(
    async (error: ApiError) => {
      if (error.code === 'CONFLICT') await controller.reportConflict(error.message);
      if (error.code === 'DEADLINE_PASSED' || error.code === 'INVALID_STATE')
        controller.halt(error.code, error.message);
    },
    [controller],
  );

  return useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The application was not submitted',
    onRefused,
  });
}
