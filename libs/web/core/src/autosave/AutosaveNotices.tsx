import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { AutosaveController, AutosaveState, AutosaveTypes } from './autosave-controller';
import { formatLocalDateTime } from '../format';

/** The notices' words about the record, in its domain's terms. */
export interface AutosaveNoticesWording {
  /** "Someone else saved this application". */
  conflictHeading: string;
  /** What happened and what reloading does. */
  conflictText: string;
  /** The button that loads the other version: "Reload their version". */
  reloadTheirVersion: string;
  /** When that version could not be loaded. */
  reloadFailed: string;
  /** Headings of the alert when saving stopped, by error code. */
  stoppedHeadings: Readonly<Partial<Record<string, string>>>;
  /** The button that reloads the whole page's data after INVALID_STATE: "Reload the application". */
  reloadPage: string;
}

export interface AutosaveNoticesProps<T extends AutosaveTypes> {
  state: AutosaveState<T>;
  controller: AutosaveController<T>;
  wording: AutosaveNoticesWording;
  /** A part's name for people ("Budget", an item's title). */
  partLabel: (part: T['part']) => string;
  signInHref: string;
  /** Reloads the whole page's data (the record is no longer editable). */
  onReloadPage: () => void;
}

/**
 * Conflict (#conflict-alert), failures that stop saving (#stopped-alert), restored
 * text (#restored-alert) and storage trouble: each explained, none losing text.
 */
export function AutosaveNotices<T extends AutosaveTypes>({
  state,
  controller,
  wording,
  partLabel,
  signInHref,
  onReloadPage,
}: AutosaveNoticesProps<T>) {
  const [reloadFailed, setReloadFailed] = useState(false);
  const { status, restored } = state;

  const reload = async () => {
    setReloadFailed(false);
    const ok = await controller.reloadTheirVersion();
    setReloadFailed(!ok);
    if (ok) document.getElementById('kept-changes')?.focus();
  };

  return (
    <>
      {status.kind === 'conflict' && (
        <Alert type="warning" role="alert" className="margin-bottom-3" id="conflict-alert">
          <AlertHeading level="h2">{wording.conflictHeading}</AlertHeading>
          <p className="usa-alert__text">{wording.conflictText}</p>
          <ButtonGroup type="default" className="margin-top-2">
            <Button type="button" onClick={reload} disabled={state.reloading}>
              {state.reloading ? 'Reloading…' : wording.reloadTheirVersion}
            </Button>
          </ButtonGroup>
          {reloadFailed && <p className="usa-alert__text text-bold">{wording.reloadFailed}</p>}
        </Alert>
      )}

      {status.kind === 'stopped' && (
        <Alert type="error" role="alert" className="margin-bottom-3" id="stopped-alert">
          <AlertHeading level="h2">
            {wording.stoppedHeadings[status.code] ?? 'Your changes could not be saved'}
          </AlertHeading>
          <p className="usa-alert__text">{status.message}</p>
          <p className="usa-alert__text">
            Your unsaved text is kept on this device; copy anything you need from the form.
          </p>
          {status.code === 'UNAUTHENTICATED' && (
            <p className="usa-alert__text">
              <Link className="usa-link" to={signInHref}>
                Sign in again
              </Link>
              , then come back to this page: your changes will be offered back to you.
            </p>
          )}
          {status.code === 'INVALID_STATE' && (
            <Button type="button" outline className="margin-top-2" onClick={onReloadPage}>
              {wording.reloadPage}
            </Button>
          )}
        </Alert>
      )}

      {restored && (
        <Alert type="info" className="margin-bottom-3" id="restored-alert">
          <AlertHeading level="h2">We restored changes from this device</AlertHeading>
          <p className="usa-alert__text">
            On {formatLocalDateTime(restored.savedAt)} you made changes here that had not reached Abate:{' '}
            {restored.parts.map((part) => partLabel(part)).join(', ')}. They are back in the form.
          </p>
          <ButtonGroup type="default" className="margin-top-2">
            <Button type="button" onClick={() => void controller.acceptRestored()}>
              Save these changes
            </Button>
            <Button type="button" outline onClick={() => controller.discardRestored()}>
              Discard them and use the saved version
            </Button>
          </ButtonGroup>
        </Alert>
      )}

      {state.storageFailed && (
        <Alert type="warning" slim className="margin-bottom-3">
          <p className="usa-alert__text">
            This browser is not keeping a copy of your unsaved changes (its storage is full or turned off). Keep this
            page open until the status says “Saved”.
          </p>
        </Alert>
      )}
    </>
  );
}
