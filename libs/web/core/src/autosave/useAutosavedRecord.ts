import { useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { toApiErrors } from '../errors/api-error';
import {
  AutosaveController,
  type AutosaveModel,
  type AutosaveState,
  type AutosaveTypes,
  type TransportResult,
} from './autosave-controller';
import type { AutosaveStorage } from './autosave-storage';
import { useAutosave } from './useAutosave';

/**
 * What one autosaved form says about itself; everything else (debounce, one save at
 * a time, retries, CONFLICT, the copy on the device, the page's lifecycle) is shared.
 */
export interface AutosavedRecordOptions<T extends AutosaveTypes> {
  /** The record's id: the key of the copy on the device. */
  id: string;
  /** The record as loaded. */
  server: T['server'];
  model: AutosaveModel<T>;
  storage: AutosaveStorage;
  /** Sends one save (the domain's mutation) with the version last confirmed; the saved record, or why not (`transportResult`). */
  save(client: Client, version: number, input: T['input']): Promise<TransportResult<T['server']>>;
  /** Reads the record again from the network (after a CONFLICT, "reload their version"); `current` is the record last confirmed. */
  load(client: Client, current: T['server']): Promise<TransportResult<T['server']>>;
  /** Pause in typing before a save (default 1.5 s). */
  debounceMs?: number;
  /** Waits between retries (default 2 s doubling to 60 s). */
  retryDelays?: readonly number[];
}

/** A GraphQL answer as the autosave reads it: the record `pick` finds in `data`, else the API's errors. */
export function transportResult<D, R>(
  result: { data?: D | null; error?: CombinedError },
  pick: (data: D) => R,
): TransportResult<R> {
  if (result.data) return { ok: true, data: pick(result.data) };
  return {
    ok: false,
    errors: result.error
      ? toApiErrors(result.error)
      : [{ code: 'UNKNOWN', message: 'The server answered with nothing' }],
  };
}

/**
 * The one autosave of every form that saves as people type: makes the form's
 * controller once (the options are read when the form mounts), talks to the API
 * through the page's GraphQL client, and runs while the form is on screen (see
 * useAutosave). Returns the controller (edits, "Save now", submit) and its state.
 */
export function useAutosavedRecord<T extends AutosaveTypes>(
  options: AutosavedRecordOptions<T>,
): [AutosaveController<T>, AutosaveState<T>] {
  const client = useClient();
  const [controller] = useState(() => {
    const { id, server, model, storage, save, load, debounceMs, retryDelays } = options;
    const made: AutosaveController<T> = new AutosaveController<T>({
      id,
      server,
      model,
      storage,
      debounceMs,
      retryDelays,
      transport: {
        save: (version, input) => save(client, version, input),
        load: () => load(client, made.getSnapshot().server),
      },
    });
    return made;
  });
  const state = useAutosave(controller);
  return [controller, state];
}
