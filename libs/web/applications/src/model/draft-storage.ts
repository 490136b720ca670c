import type { PartKey } from './form-values';

/**
 * What is kept on this device until the server confirms it: the parts changed
 * since `version`, and text set aside after someone else's save (`kept`).
 */
export interface StoredDraft {
  v: 1;
  /** The application version the `dirty` parts were typed on. */
  version: number;
  /** When this device last wrote the copy (ms since the epoch). */
  savedAt: number;
  dirty: Partial<Record<PartKey, unknown>>;
  kept: Partial<Record<PartKey, unknown>>;
  keptSavedAt: number | null;
}

export interface DraftStorage {
  read(applicationId: string): StoredDraft | null;
  /** False when the device refused (storage full or disabled). */
  write(applicationId: string, draft: StoredDraft): boolean;
  remove(applicationId: string): void;
}

export const draftStorageKey = (applicationId: string) => `abate:application-draft:${applicationId}`;

function parse(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<StoredDraft> | null;
    if (!data || data.v !== 1 || typeof data.version !== 'number') return null;
    return {
      v: 1,
      version: data.version,
      savedAt: typeof data.savedAt === 'number' ? data.savedAt : 0,
      dirty: data.dirty && typeof data.dirty === 'object' ? data.dirty : {},
      kept: data.kept && typeof data.kept === 'object' ? data.kept : {},
      keptSavedAt: typeof data.keptSavedAt === 'number' ? data.keptSavedAt : null,
    };
  } catch {
    return null;
  }
}

/** localStorage, keyed by application id; every failure is quiet (private browsing, full storage). */
export const browserDraftStorage: DraftStorage = {
  read(applicationId) {
    try {
      return parse(window.localStorage.getItem(draftStorageKey(applicationId)));
    } catch {
      return null;
    }
  },
  write(applicationId, draft) {
    try {
      window.localStorage.setItem(draftStorageKey(applicationId), JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  },
  remove(applicationId) {
    try {
      window.localStorage.removeItem(draftStorageKey(applicationId));
    } catch {
      // Nothing to do: the copy simply stays.
    }
  },
};

/** For tests: the same contract in memory. */
export function memoryDraftStorage(): DraftStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (applicationId) => parse(entries.get(draftStorageKey(applicationId)) ?? null),
    write: (applicationId, draft) => {
      entries.set(draftStorageKey(applicationId), JSON.stringify(draft));
      return true;
    },
    remove: (applicationId) => {
      entries.delete(draftStorageKey(applicationId));
    },
  };
}
