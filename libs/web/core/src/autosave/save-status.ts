import type { AutosaveState, AutosaveTypes } from './autosave-controller';
import { formatSavedAt } from './format';

/** What the status says about the record, in the words of its domain. */
export interface SaveStatusWording {
  /** After CONFLICT: "someone else saved this application". */
  conflict: string;
  /** Why saving stopped, by error code: "the deadline has passed". */
  stopped: Readonly<Partial<Record<string, string>>>;
}

const KEPT = 'your text is kept on this device';

/** The words of the save status: "Saving…", "Saved 10:42 AM", or why not and that the text is safe. */
export function saveStatusText<T extends AutosaveTypes>(
  state: AutosaveState<T>,
  wording: SaveStatusWording,
  now = new Date(),
): string {
  const { status, dirty, problems, rejected, restored, savedAt } = state;
  switch (status.kind) {
    case 'saving':
    case 'pending':
      return 'Saving…';
    case 'retrying':
      return `Not saved yet — we'll retry; ${KEPT}`;
    case 'conflict':
      return `Not saved — ${wording.conflict}; ${KEPT}`;
    case 'stopped':
      return `Not saved — ${wording.stopped[status.code] ?? 'saving failed'}; ${KEPT}`;
    case 'saved': {
      if (dirty.length === 0)
        return savedAt === null ? 'Saved — no unsaved changes' : `Saved ${formatSavedAt(savedAt, now)}`;
      if (restored) return `Not saved yet — changes restored from this device`;
      if (dirty.some((part) => problems[part] || rejected[part]))
        return `Not saved yet — see the fields marked “Not saved”; ${KEPT}`;
      return `Not saved yet — ${KEPT}`;
    }
  }
}

/** Whether "Save now" makes sense: changes wait and nothing stops them being sent. */
export function canSaveNow<T extends AutosaveTypes>(state: AutosaveState<T>): boolean {
  const { kind } = state.status;
  return state.dirty.length > 0 && (kind === 'pending' || kind === 'retrying' || (kind === 'saved' && !state.restored));
}
