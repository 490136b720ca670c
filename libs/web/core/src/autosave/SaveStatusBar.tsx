import type { ReactNode } from 'react';
import type { AutosaveState, AutosaveTypes } from './autosave-controller';
import { canSaveNow, saveStatusText, type SaveStatusWording } from './save-status';
import './autosave.css';

export interface SaveStatusBarProps<T extends AutosaveTypes> {
  state: AutosaveState<T>;
  wording: SaveStatusWording;
  onSaveNow: () => void;
  /** More to keep in view beside the status, e.g. a progress count (at the end of the bar). */
  children?: ReactNode;
}

/** Sticky bar with the save status (#save-status, role="status", polite) and a "Save now" button while changes wait. */
export function SaveStatusBar<T extends AutosaveTypes>({ state, wording, onSaveNow, children }: SaveStatusBarProps<T>) {
  const text = saveStatusText(state, wording);
  const { kind } = state.status;
  const tone =
    kind === 'conflict' || kind === 'stopped'
      ? 'abate-save-status--error'
      : kind === 'retrying' || (kind === 'saved' && state.dirty.length > 0)
        ? 'abate-save-status--warning'
        : '';
  return (
    <div className={`abate-save-status display-flex flex-align-center flex-wrap padding-y-1 margin-bottom-2 ${tone}`}>
      <span id="save-status" role="status" aria-live="polite" className="text-bold margin-right-2">
        {text}
      </span>
      {canSaveNow(state) && (
        <button type="button" className="usa-button usa-button--unstyled" onClick={onSaveNow}>
          Save now
        </button>
      )}
      {children}
    </div>
  );
}
