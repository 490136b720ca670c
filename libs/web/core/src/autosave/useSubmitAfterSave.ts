import { useCallback, useState } from 'react';
import type { CombinedError } from 'urql';
import { toApiErrors, type ApiError } from '../errors/api-error';
import type { AutosaveController, AutosaveTypes, SaveOutcome } from './autosave-controller';

/** Why a submit did not go through: changes that could not be saved first, or the API's refusal. */
export type SubmitFailure = { kind: 'unsaved'; message: string } | { kind: 'api'; error: ApiError };

export interface SubmitAfterSaveOptions<R> {
  /** What people read when the changes could not all be saved first, by what the save came to. Keep it stable (a module constant). */
  unsavedMessages: Readonly<Record<Exclude<SaveOutcome, 'saved'>, string>>;
  /**
   * Sends the submission once everything is saved, and says what a success
   * returns (`data`) or why it failed (`error`). Keep it stable (useCallback).
   */
  send: () => Promise<{ data?: R; error?: CombinedError }>;
  /** The error shown when the API answered with neither data nor an error. */
  fallbackMessage: string;
  /** Hears the API's refusal before it is shown, e.g. to stop autosave (`controller.halt`). Keep it stable. */
  onRefused?: (error: ApiError) => void | Promise<void>;
}

/**
 * Submitting a record that autosaves: sends what autosave still holds, then, only
 * if all of it is saved, the submission; after it, forgets the copy on the device
 * (the record is final). Resolves to what `send` returned, or null after a failure,
 * which `failure` then holds.
 */
export function useSubmitAfterSave<T extends AutosaveTypes, R>(
  controller: AutosaveController<T>,
  { unsavedMessages, send, fallbackMessage, onRefused }: SubmitAfterSaveOptions<R>,
) {
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
      const result = await send();
      if (result.data) {
        controller.forgetStoredCopy();
        return result.data;
      }
      const [error = { code: 'UNKNOWN', message: fallbackMessage } as ApiError] = result.error
        ? toApiErrors(result.error)
        : [];
      await onRefused?.(error);
      setFailure({ kind: 'api', error });
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [controller, unsavedMessages, send, fallbackMessage, onRefused]);

  return { submit, submitting, failure };
}
