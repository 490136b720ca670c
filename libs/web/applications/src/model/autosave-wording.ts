import type { AutosaveNoticesWording, SaveStatusWording } from '@abate/web/core';

/** The save status in the applicant's terms. */
export const draftStatusWording: SaveStatusWording = {
  conflict: 'someone else saved this application',
  stopped: {
    DEADLINE_PASSED: 'the deadline has passed',
    INVALID_STATE: 'the application can no longer be changed',
    UNAUTHENTICATED: 'you are signed out',
    FORBIDDEN: 'you no longer have access to this application',
    NOT_FOUND: 'the application was not found',
  },
};

/** The editor's notices in the applicant's terms. */
export const draftNoticesWording: AutosaveNoticesWording = {
  conflictHeading: 'Someone else saved this application',
  conflictText:
    'Another member of your organization saved changes since you opened the application, so your latest changes were not saved. They are kept on this device. Reload their version to see what changed: your unsaved text will be shown beside it, to copy from or to put back.',
  reloadTheirVersion: 'Reload their version',
  reloadFailed: 'Their version could not be loaded. Check your connection, then try again.',
  stoppedHeadings: {
    DEADLINE_PASSED: 'The deadline has passed',
    INVALID_STATE: 'This application can no longer be changed',
    UNAUTHENTICATED: 'You are signed out',
    FORBIDDEN: 'You no longer have access to this application',
    NOT_FOUND: 'This application was not found',
  },
  reloadPage: 'Reload the application',
};
