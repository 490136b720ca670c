import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { DraftController, EditorState } from '../model/draft-controller';
import { formatLocalDateTime } from '../model/format';
import { partLabel } from '../model/labels';

export interface EditorNoticesProps {
  state: EditorState;
  controller: DraftController;
  itemTitles: ReadonlyMap<string, string>;
  signInHref: string;
  /** Reloads the whole page's data (the application is no longer a draft). */
  onReloadPage: () => void;
}

const stoppedHeadings: Record<string, string> = {
  DEADLINE_PASSED: 'The deadline has passed',
  INVALID_STATE: 'This application can no longer be changed',
  UNAUTHENTICATED: 'You are signed out',
  FORBIDDEN: 'You no longer have access to this application',
  NOT_FOUND: 'This application was not found',
};

/** Conflict, failures that stop saving, restored text and storage trouble: each explained, none losing text. */
export function EditorNotices({ state, controller, itemTitles, signInHref, onReloadPage }: EditorNoticesProps) {
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
          <AlertHeading level="h2">Someone else saved this application</AlertHeading>
          <p className="usa-alert__text">
            Another member of your organisation saved changes since you opened the application, so your latest changes
            were not saved. They are kept on this device. Reload their version to see what changed: your unsaved text
            will be shown beside it, to copy from or to put back.
          </p>
          <ButtonGroup type="default" className="margin-top-2">
            <Button type="button" onClick={reload} disabled={state.reloading}>
              {state.reloading ? 'Reloading…' : 'Reload their version'}
            </Button>
          </ButtonGroup>
          {reloadFailed && (
            <p className="usa-alert__text text-bold">Their version could not be loaded. Check your connection, then try again.</p>
          )}
        </Alert>
      )}

      {status.kind === 'stopped' && (
        <Alert type="error" role="alert" className="margin-bottom-3" id="stopped-alert">
          <AlertHeading level="h2">{stoppedHeadings[status.code] ?? 'Your changes could not be saved'}</AlertHeading>
          <p className="usa-alert__text">{status.message}</p>
          <p className="usa-alert__text">Your unsaved text is kept on this device; copy anything you need from the form.</p>
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
              Reload the application
            </Button>
          )}
        </Alert>
      )}

      {restored && (
        <Alert type="info" className="margin-bottom-3" id="restored-alert">
          <AlertHeading level="h2">We restored changes from this device</AlertHeading>
          <p className="usa-alert__text">
            On {formatLocalDateTime(restored.savedAt)} you made changes here that had not reached Abate:{' '}
            {restored.parts.map((part) => partLabel(part, itemTitles)).join(', ')}. They are back in the form.
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
            This browser is not keeping a copy of your unsaved changes (its storage is full or turned off). Keep this page
            open until the status says “Saved”.
          </p>
        </Alert>
      )}
    </>
  );
}
