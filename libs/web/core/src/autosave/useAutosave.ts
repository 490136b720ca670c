import { useEffect, useSyncExternalStore } from 'react';
import type { AutosaveController, AutosaveState, AutosaveTypes } from './autosave-controller';

/**
 * Runs an AutosaveController while the form is on screen: saves after pauses in
 * typing, retries at once when the network comes back, sends what is waiting when
 * the tab is hidden or the form unmounts. Returns its state, re-rendering on change.
 */
export function useAutosave<T extends AutosaveTypes>(controller: AutosaveController<T>): AutosaveState<T> {
  useEffect(() => {
    controller.start();
    const retry = () => controller.retryNow();
    // Leaving the tab (or closing it on a phone) sends what is waiting rather than trusting the timer.
    const flush = () => {
      if (document.visibilityState === 'hidden') void controller.saveNow();
    };
    window.addEventListener('online', retry);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('online', retry);
      document.removeEventListener('visibilitychange', flush);
      controller.stop();
    };
  }, [controller]);

  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}
