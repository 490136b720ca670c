import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '@trussworks/react-uswds';
import { useResetGraphQLClient } from '@abate/web/core';
import { refreshSessionMutation } from '../graphql/identity.documents';
import { useSignOut } from '../hooks/useSignOut';
import { sessionPhase, timeLeftText } from '../session-expiry';
import './session-expiry.css';

export interface SessionExpiryWarningProps {
  /** When the session lapses (`me.sessionExpiresAt`). */
  expiresAt: string | null | undefined;
  /** The session lapsed (and was signed out here): send the person to sign in, then back. */
  onLapsed: () => void;
}

/**
 * A modal dialog in the session's last minutes with "Stay signed in" (refreshSession); at the
 * expiry the session is ended here too and `onLapsed` runs. Checks once a second, so a laptop
 * waking from sleep catches up at once.
 */
export function SessionExpiryWarning({ expiresAt: initial, onLapsed }: SessionExpiryWarningProps) {
  const [expiresAt, setExpiresAt] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const [{ fetching, error }, refresh] = useMutation(refreshSessionMutation);
  const { signOut } = useSignOut();
  const resetClient = useResetGraphQLClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const lapsedOnce = useRef(false);
  // Refreshed and still in the last minutes: the session reached its longest (7 days after sign-in).
  const [refreshed, setRefreshed] = useState(false);

  useEffect(() => setExpiresAt(initial), [initial]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const phase = sessionPhase(expiresAt, now);
  const open = phase === 'warning' && dismissedFor !== expiresAt;
  useEffect(() => {
    if (phase === 'active') setRefreshed(false);
  }, [phase]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    if (phase !== 'lapsed' || lapsedOnce.current) return;
    lapsedOnce.current = true;
    // The server ends the session by itself at the same moment (then signOut is refused); either way this
    // tab's cached data goes with it.
    void signOut().finally(() => {
      resetClient();
      onLapsed();
    });
  }, [phase, signOut, resetClient, onLapsed]);

  const stay = async () => {
    const result = await refresh({});
    if (result.data) {
      setExpiresAt(result.data.refreshSession.expiresAt);
      setNow(Date.now());
      setRefreshed(true);
    }
  };
  const left = expiresAt ? new Date(expiresAt).getTime() - now : 0;
  const capped = refreshed && phase === 'warning';

  return (
    <dialog
      ref={dialog}
      className="abate-session-dialog"
      aria-labelledby="session-expiry-heading"
      aria-describedby="session-expiry-text"
      onCancel={() => setDismissedFor(expiresAt ?? null)}
    >
      <div className="usa-modal">
        <div className="usa-modal__content">
          <div className="usa-modal__main">
            <h2 className="usa-modal__heading" id="session-expiry-heading">
              Your session is about to end
            </h2>
            <div className="usa-prose">
              <p id="session-expiry-text">
                {`You will be signed out in ${timeLeftText(left)} to protect your information. `}
                Anything you have not saved will be lost.
              </p>
              {capped && (
                <p>You have been signed in for as long as Abate allows. Save your work, then sign in again.</p>
              )}
              {error && (
                <p className="text-secondary-dark" role="alert">
                  Your session could not be extended. Save your work and sign in again.
                </p>
              )}
            </div>
            <div className="usa-modal__footer">
              <ul className="usa-button-group">
                <li className="usa-button-group__item">
                  <Button type="button" onClick={() => void stay()} disabled={fetching}>
                    Stay signed in
                  </Button>
                </li>
                <li className="usa-button-group__item">
                  <Button
                    type="button"
                    unstyled
                    className="padding-105 text-center"
                    onClick={() => setDismissedFor(expiresAt ?? null)}
                  >
                    Close
                  </Button>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
