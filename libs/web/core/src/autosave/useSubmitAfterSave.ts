import { useCallback, useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { toApiErrors, type ApiError } from '../errors/api-error';
import { STOPPING_CODES, type AutosaveController, type AutosaveTypes, type SaveOutcome } from './autosave-controller';

/** Why a submit did not go through: changes that could not be saved first, or the API's refusal. */
export type SubmitFailure = { kind: 'unsaved'; message: string } | { kind: 'api'; error: ApiError };

export interface SubmitAfterSaveOptions<T extends AutosaveTypes, R> {
  /** What people read when the changes could not all be saved first, by what the save came to. Keep it stable (a module constant). */
  unsavedMessages: Readonly<Record<Exclude<SaveOutcome, 'saved'>, string>>;
  /**
   * Sends the submission of the record as autosave last saved it (its id, its
   * version), once everything is saved; says what a success returns (`data`) or why
   * it failed (`error`). Keep it stable (a module function).
   */
  send: (client: Client, saved: T['server']) => Promise<{ data?: R | null; error?: CombinedError }>;
  /** The error shown when the API answered with neither data nor an error. */
  fallbackMessage: string;
  /**
   * Codes of a refused submission after which saves would be refused too: autosave
   * stops, as after such a save. Defaults to every code that stops a save; a domain
   * whose submit uses one of them for a record that stays editable leaves it out.
   * Keep it stable (a module constant). A CONFLICT is always handled as a save's.
   */
  stopsSaving?: ReadonlySet<string>;
}

/**
 * Submitting a record that autosaves: sends what autosave still holds, then, only
 * if all of it is saved, the submission with the version that save returned; after
 * it, forgets the copy on the device (the record is final). A refusal that means
 * someone else saved first (CONFLICT) or that saving is over (`stopsSaving`) stops
 * autosave as a save's would. Resolves to what `send` returned, or null after a
 * failure, which `failure` then holds.
 */
export function useSubmitAfterSave<T extends AutosaveTypes, R>(
  controller: AutosaveController<T>,
  { unsavedMessages, send, fallbackMessage, stopsSaving = STOPPING_CODES }: SubmitAfterSaveOptions<T, R>,
) {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const submit = useCallback(async (): Promise<R | null> => {
    setSubmitting(true);
    setFailure(null);
    try {
      const outcome = await controller.saveNow();
      if (outcome !== 'saved') {
        setFailure({ kind: 'unsaved', message: unsavedMessages[outcome] });
        return null;
      }
      const result = await send(client, controller.getSnapshot().server);
      if (result.data) {
        controller.forgetStoredCopy();
        return result.data;
      }
      const [error = { code: 'UNKNOWN', message: fallbackMessage } as ApiError] = result.error
        ? toApiErrors(result.error)
        : [];
      if (error.code === 'CONFLICT') await controller.reportConflict(error.message);
      else if (stopsSaving.has(error.code)) controller.halt(error.code, error.message);
      setFailure({ kind: 'api', error });
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [controller, client, unsavedMessages, send, fallbackMessage, stopsSaving]);

  return { submit, submitting, failure };
}
