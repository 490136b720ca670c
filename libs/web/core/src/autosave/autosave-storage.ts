/**
 * What is kept on this device until the server confirms it: the parts changed
 * since `version`, and text set aside after someone else's save (`kept`).
 */
export interface StoredDraft {
  v: 1;
  /** The server version the `dirty` parts were typed on. */
  version: number;
  /** When this device last wrote the copy (ms since the epoch). */
  savedAt: number;
  dirty: Partial<Record<string, unknown>>;
  kept: Partial<Record<string, unknown>>;
  keptSavedAt: number | null;
}

/** Where an autosaved form keeps its unsaved copy, by record id. */
export interface AutosaveStorage {
  read(id: string): StoredDraft | null;
  /** False when the device refused (storage full or disabled). */
  write(id: string, draft: StoredDraft): boolean;
  remove(id: string): void;
}

/** Reads a stored copy defensively: it comes from the device, maybe from an older version of Abate. */
export function parseStoredDraft(text: string | null): StoredDraft | null {
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

/** localStorage under `keyOf(id)`; every failure is quiet (private browsing, full storage). */
export function browserAutosaveStorage(keyOf: (id: string) => string): AutosaveStorage {
  return {
    read(id) {
      try {
        return parseStoredDraft(window.localStorage.getItem(keyOf(id)));
      } catch {
        return null;
      }
    },
    write(id, draft) {
      try {
        window.localStorage.setItem(keyOf(id), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    remove(id) {
      try {
        window.localStorage.removeItem(keyOf(id));
      } catch {
        // Nothing to do: the copy simply stays.
      }
    },
  };
}

/** For tests: the same contract in memory. */
export function memoryAutosaveStorage(
  keyOf: (id: string) => string = (id) => id,
): AutosaveStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (id) => parseStoredDraft(entries.get(keyOf(id)) ?? null),
    write: (id, draft) => {
      entries.set(keyOf(id), JSON.stringify(draft));
      return true;
    },
    remove: (id) => {
      entries.delete(keyOf(id));
    },
  };
}
