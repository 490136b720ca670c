import type { Client } from 'urql';
import { useSubmitAfterSave } from '@abate/web/core';
import { applicantSubmitApplicationMutation } from '../graphql/applications.documents';
import type { DraftController, DraftTypes } from '../model/draft-model';

const unsavedMessages = {
  unsaved: 'Some of your changes can’t be saved yet. Fix the fields marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'Someone else saved this application since you loaded it. Reload their version before you submit.',
  stopped: 'Your latest changes could not be saved, so the application was not submitted.',
} as const;

/** submitApplication with the version the last save returned. */
async function send(client: Client, saved: DraftTypes['server']) {
  const result = await client
    .mutation(applicantSubmitApplicationMutation, { id: saved.id, version: saved.version })
    .toPromise();
  return { data: result.data?.submitApplication, error: result.error };
}

/** Flushes pending saves, then submits with the version they returned. */
export function useSubmitApplication(controller: DraftController) {
  return useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The application was not submitted',
  });
}
