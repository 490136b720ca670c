import type { AutosaveNoticesWording, SaveStatusWording } from '@abate/web/core';

/** The save status in the reviewer's terms (the texts around it are the applicant editor's). */
export const reviewStatusWording: SaveStatusWording = {
  conflict: 'this review was saved elsewhere',
  stopped: {
    INVALID_STATE: 'the review can no longer be changed',
    UNAUTHENTICATED: 'you are signed out',
    FORBIDDEN: 'you no longer have access to this review',
    NOT_FOUND: 'the review was not found',
  },
};

/** The scoring screen's notices in the reviewer's terms. Only the reviewer writes a review, so a CONFLICT means another tab or device. */
export const reviewNoticesWording: AutosaveNoticesWording = {
  conflictHeading: 'This review was saved elsewhere',
  conflictText:
    'Your review was saved in another tab or on another device since you opened it here, so your latest changes were not saved. They are kept on this device. Reload the saved version to see it: your unsaved ratings and comments will be shown beside it, to copy from or to put back.',
  reloadTheirVersion: 'Reload the saved version',
  reloadFailed: 'The saved version could not be loaded. Check your connection, then try again.',
  stoppedHeadings: {
    INVALID_STATE: 'This review can no longer be changed',
    UNAUTHENTICATED: 'You are signed out',
    FORBIDDEN: 'You no longer have access to this review',
    NOT_FOUND: 'This review was not found',
  },
  reloadPage: 'Reload the review',
};
