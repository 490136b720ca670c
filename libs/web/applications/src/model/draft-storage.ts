import { browserAutosaveStorage, type AutosaveStorage } from '@abate/web/core';

export type { StoredDraft } from '@abate/web/core';

/** Where this device keeps an application's unsaved changes (browser tests read it). */
export const draftStorageKey = (applicationId: string) => `abate:application-draft:${applicationId}`;

/** localStorage, keyed by application id; every failure is quiet (private browsing, full storage). */
export const browserDraftStorage: AutosaveStorage = browserAutosaveStorage(draftStorageKey);
