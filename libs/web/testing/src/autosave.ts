import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** The save status bar's text (`#save-status` of SaveStatusBar). */
export const saveStatus = (): HTMLElement => document.getElementById('save-status')!;

/** Moves the faked clock on, running the autosave's timers that fall due and the saves they start. */
export const advanceTimers = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Fakes `setTimeout` and `Date` from `now` for each test of the file (the autosave's debounce and retries). */
export function fakeAutosaveClock(now: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(now));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
