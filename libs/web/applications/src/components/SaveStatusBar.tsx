import type { EditorState } from '../model/draft-controller';
import { formatSavedAt } from '../model/format';

const KEPT = 'your text is kept on this device';

const stoppedReasons: Record<string, string> = {
  DEADLINE_PASSED: 'the deadline has passed',
  INVALID_STATE: 'the application can no longer be changed',
  UNAUTHENTICATED: 'you are signed out',
  FORBIDDEN: 'you no longer have access to this application',
  NOT_FOUND: 'the application was not found',
};

/** The words of the save status: "Saving…", "Saved 10:42 AM", or why not and that the text is safe. */
export function saveStatusText(state: EditorState): string {
  const { status, dirty, problems, rejected, restored } = state;
  switch (status.kind) {
    case 'saving':
    case 'pending':
      return 'Saving…';
    case 'retrying':
      return `Not saved yet — we'll retry; ${KEPT}`;
    case 'conflict':
      return `Not saved — someone else saved this application; ${KEPT}`;
    case 'stopped':
      return `Not saved — ${stoppedReasons[status.code] ?? 'saving failed'}; ${KEPT}`;
    case 'saved': {
      if (dirty.length === 0) return `Saved ${formatSavedAt(state.server.updatedAt)}`;
      if (restored) return `Not saved yet — changes restored from this device`;
      if (dirty.some((part) => problems[part] || rejected[part])) return `Not saved yet — see the fields marked “Not saved”; ${KEPT}`;
      return `Not saved yet — ${KEPT}`;
    }
  }
}

export interface SaveStatusBarProps {
  state: EditorState;
  onSaveNow: () => void;
}

/** Sticky bar with the save status (role="status", polite) and a "Save now" button while changes wait. */
export function SaveStatusBar({ state, onSaveNow }: SaveStatusBarProps) {
  const text = saveStatusText(state);
  const { kind } = state.status;
  const canSaveNow = state.dirty.length > 0 && (kind === 'pending' || kind === 'retrying' || (kind === 'saved' && !state.restored));
  const tone = kind === 'conflict' || kind === 'stopped' ? 'abate-status--error' : kind === 'retrying' || (kind === 'saved' && state.dirty.length > 0) ? 'abate-status--warning' : '';
  return (
    <div className={`abate-editor__status display-flex flex-align-center flex-wrap padding-y-1 margin-bottom-2 ${tone}`}>
      <span id="save-status" role="status" aria-live="polite" className="text-bold margin-right-2">
        {text}
      </span>
      {canSaveNow && (
        <button type="button" className="usa-button usa-button--unstyled" onClick={onSaveNow}>
          Save now
        </button>
      )}
    </div>
  );
}
