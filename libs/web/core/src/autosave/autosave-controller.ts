import type { ApiError } from '../errors/api-error';
import type { AutosaveStorage } from './autosave-storage';

export type SaveStatus =
  /** Nothing waiting to be sent (some parts may still be unsendable: see `problems` and `rejected`). */
  | { kind: 'saved' }
  /** Waiting for a pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The network or the server failed; a retry is scheduled. */
  | { kind: 'retrying'; message: string }
  /** Someone else (or this person elsewhere) saved first (CONFLICT); autosave waits for them. */
  | { kind: 'conflict'; message: string }
  /** Saving cannot succeed (deadline passed, no longer editable, signed out...). */
  | { kind: 'stopped'; code: string; message: string };

/**
 * The types one autosaved form works with. A form is saved part by part: each
 * part is a unit the API merges on its own (an answer, a whole table, one item).
 */
export interface AutosaveTypes {
  /** The record as the server returns it from a load or a save. */
  server: unknown;
  /** The form as typed. */
  values: unknown;
  /** The name of a unit of saving. */
  part: string;
  /** What one save sends. */
  input: unknown;
  /** A part's value without local row keys: compared, kept on the device and shown back. */
  partValue: unknown;
}

/** How a form maps to its parts, its API input and its server record. Pure functions. */
export interface AutosaveModel<T extends AutosaveTypes> {
  /** Every part, in form order. */
  readonly parts: readonly T['part'][];
  /** The optimistic-concurrency version a save sends back. */
  version(server: T['server']): number;
  /** Whether the server still takes saves of this record (checked after a CONFLICT). */
  isEditable(server: T['server']): boolean;
  /** When the server says the record was last saved, if it says. */
  savedAt(server: T['server']): string | number | null;
  fromServer(server: T['server']): T['values'];
  partValue(values: T['values'], part: T['part']): T['partValue'];
  /** `values` with one part replaced by a stored value (to be read defensively). */
  withPartValue(values: T['values'], part: T['part'], value: unknown): T['values'];
  /** Why a part cannot be sent yet (the API would refuse it), or null. */
  partProblem(values: T['values'], part: T['part']): string | null;
  /** The partial input for these parts (none has a problem), and how to map an error's `field` back to a part. */
  buildInput(
    values: T['values'],
    parts: readonly T['part'][],
  ): { input: T['input']; partOfField(field: string): T['part'] | null };
}

/** Text set aside when the server's version was loaded over it. */
export interface KeptChanges<T extends AutosaveTypes> {
  savedAt: number;
  parts: Partial<Record<T['part'], T['partValue']>>;
}

export interface AutosaveState<T extends AutosaveTypes> {
  /** The server's record as last confirmed. */
  server: T['server'];
  /** The form as typed. */
  values: T['values'];
  /** Parts that differ from what the server confirmed. */
  dirty: readonly T['part'][];
  /** Dirty parts that cannot be sent yet, and why (client-side checks). */
  problems: Readonly<Partial<Record<T['part'], string>>>;
  /** Dirty parts the server refused (BAD_USER_INPUT); re-sent once changed. */
  rejected: Readonly<Partial<Record<T['part'], string>>>;
  status: SaveStatus;
  /**
   * When the record on screen was last saved (ms): the server's time when it gives one,
   * else this device's clock at its last confirmed save; null when not known.
   */
  savedAt: number | null;
  /** Unsaved changes found on this device at load and put back in the form; awaiting "save" or "discard". */
  restored: { savedAt: number; parts: readonly T['part'][] } | null;
  kept: KeptChanges<T> | null;
  reloading: boolean;
  /** The device refused to keep a copy (storage full or disabled). */
  storageFailed: boolean;
}

export type TransportResult<D> = { ok: true; data: D } | { ok: false; errors: ApiError[] };

export interface AutosaveTransport<T extends AutosaveTypes> {
  save(version: number, input: T['input']): Promise<TransportResult<T['server']>>;
  load(): Promise<TransportResult<T['server']>>;
}

export interface AutosaveControllerOptions<T extends AutosaveTypes> {
  /** The record's id: the key of the copy on the device. */
  id: string;
  server: T['server'];
  model: AutosaveModel<T>;
  transport: AutosaveTransport<T>;
  storage: AutosaveStorage;
  /** Pause in typing before a save. */
  debounceMs?: number;
  /** Waits between retries after a network or server failure (the last repeats). */
  retryDelays?: readonly number[];
  now?: () => number;
}

export type SaveOutcome = 'saved' | 'unsaved' | 'retrying' | 'conflict' | 'stopped';

/** Codes a retry cannot fix: saving stops, the text stays on the device. */
export const STOPPING_CODES: ReadonlySet<string> = new Set([
  'DEADLINE_PASSED',
  'INVALID_STATE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
]);
const DEFAULT_RETRY_DELAYS = [2_000, 4_000, 8_000, 15_000, 30_000, 60_000];

const toTime = (value: string | number | null): number | null => {
  if (value === null) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
};

/**
 * Autosave for one record (an application draft, a review), outside React
 * (useSyncExternalStore reads it; see useAutosave).
 *
 * - Each edit is kept on the device at once, and sent after a pause in typing:
 *   only the parts that changed, with the version last confirmed.
 * - Saves run one at a time, so each carries the version the previous one returned.
 * - A network or server failure is retried with backoff; CONFLICT stops autosave
 *   until the person reloads the other version, when their own unsaved text is
 *   set aside (`kept`) rather than dropped.
 */
export class AutosaveController<T extends AutosaveTypes> {
  private state: AutosaveState<T>;
  private readonly listeners = new Set<() => void>();
  private readonly id: string;
  private readonly model: AutosaveModel<T>;
  private readonly parts: readonly T['part'][];
  private readonly partNames: ReadonlySet<string>;
  private readonly transport: AutosaveTransport<T>;
  private readonly storage: AutosaveStorage;
  private readonly debounceMs: number;
  private readonly retryDelays: readonly number[];
  private readonly now: () => number;
  /** Snapshot of each part as the server last confirmed it (as sent, before any server trimming). */
  private readonly baseline = new Map<T['part'], string>();
  private readonly rejections = new Map<T['part'], { snapshot: string; message: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private attempt = 0;
  private active = true;

  constructor(options: AutosaveControllerOptions<T>) {
    this.id = options.id;
    this.model = options.model;
    this.parts = options.model.parts;
    this.partNames = new Set<string>(this.parts);
    this.transport = options.transport;
    this.storage = options.storage;
    this.debounceMs = options.debounceMs ?? 1_500;
    this.retryDelays = options.retryDelays?.length ? options.retryDelays : DEFAULT_RETRY_DELAYS;
    this.now = options.now ?? Date.now;

    const server = options.server;
    const serverValues = this.model.fromServer(server);
    this.resetBaseline(serverValues);
    let values = serverValues;
    let restored: AutosaveState<T>['restored'] = null;
    const keptParts: Partial<Record<T['part'], T['partValue']>> = {};
    let keptSavedAt: number | null = null;

    const stored = this.storage.read(this.id);
    if (stored) {
      const typed = this.knownEntries(stored.dirty);
      if (stored.version === this.model.version(server)) {
        // Nobody has saved since this device's copy was typed: it is the newer text.
        for (const [part, value] of typed) values = this.model.withPartValue(values, part, value);
        const parts = this.parts.filter((part) => this.snapshot(values, part) !== this.baseline.get(part));
        if (parts.length > 0) restored = { savedAt: stored.savedAt, parts };
      } else {
        // The server moved on since: show this device's text beside the server's, never over it.
        for (const [part, value] of typed)
          keptParts[part] = this.model.partValue(this.model.withPartValue(serverValues, part, value), part);
        if (typed.length > 0) keptSavedAt = stored.savedAt;
      }
      for (const [part, value] of this.knownEntries(stored.kept)) {
        if (!(part in keptParts))
          keptParts[part] = this.model.partValue(this.model.withPartValue(serverValues, part, value), part);
      }
      keptSavedAt ??= stored.keptSavedAt ?? stored.savedAt;
    }

    this.state = {
      server,
      values,
      ...this.derive(values),
      status: { kind: 'saved' },
      savedAt: toTime(this.model.savedAt(server)),
      restored,
      kept: this.pruneKept(keptParts, serverValues, keptSavedAt ?? this.now()),
      reloading: false,
      storageFailed: false,
    };
    this.persist();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveState<T> => this.state;

  /** Applies an edit: kept on the device at once, sent after the pause in typing. */
  readonly update = (change: (values: T['values']) => T['values']): void => {
    const values = change(this.state.values);
    if (values === this.state.values) return;
    // Editing after a restore means keeping the restored text: autosave takes over.
    this.set({ values, ...this.derive(values), restored: null });
    this.persist();
    this.scheduleAfterEdit();
  };

  /** Sends everything that can be sent now (before submitting, or from "Save now"). */
  async saveNow(): Promise<SaveOutcome> {
    this.clearTimer();
    if (this.state.restored) this.set({ restored: null });
    const { status } = this.state;
    if (status.kind === 'conflict' || status.kind === 'stopped') return status.kind;
    await this.enqueueSave();
    // Typing during that save leaves more to send.
    if (this.state.status.kind === 'saved' || this.state.status.kind === 'pending') {
      if (this.hasSaveable()) {
        this.clearTimer();
        await this.enqueueSave();
      }
    }
    return this.outcome();
  }

  /** After the network comes back: retry at once rather than waiting out the backoff. */
  retryNow(): void {
    if (this.state.status.kind !== 'retrying') return;
    this.clearTimer();
    void this.enqueueSave();
  }

  /** Keeps the restored text and saves it. */
  acceptRestored(): Promise<SaveOutcome> {
    this.set({ restored: null });
    return this.saveNow();
  }

  /** Puts the server's text back in the restored parts, and forgets this device's copy of them. */
  discardRestored(): void {
    const restored = this.state.restored;
    if (!restored) return;
    const serverValues = this.model.fromServer(this.state.server);
    let values = this.state.values;
    for (const part of restored.parts)
      values = this.model.withPartValue(values, part, this.model.partValue(serverValues, part));
    this.set({ values, ...this.derive(values), restored: null });
    this.persist();
  }

  /**
   * "Reload their version": the form shows the server's record, and every
   * unsaved change moves to `kept`, to copy from or re-apply.
   */
  async reloadTheirVersion(): Promise<boolean> {
    this.clearTimer();
    this.set({ reloading: true });
    const fresh = await this.load();
    if (!fresh.ok) {
      this.set({ reloading: false });
      return false;
    }
    const freshValues = this.model.fromServer(fresh.data);
    const keptParts: Partial<Record<T['part'], T['partValue']>> = { ...(this.state.kept?.parts ?? {}) };
    for (const part of this.state.dirty) keptParts[part] = this.model.partValue(this.state.values, part);
    this.resetBaseline(freshValues);
    this.rejections.clear();
    this.attempt = 0;
    this.set({
      server: fresh.data,
      values: freshValues,
      ...this.derive(freshValues),
      status: { kind: 'saved' },
      savedAt: toTime(this.model.savedAt(fresh.data)),
      restored: null,
      kept: this.pruneKept(keptParts, freshValues, this.now()),
      reloading: false,
    });
    this.persist();
    return true;
  }

  /** Puts kept text (all of it, or the parts named) back in the form, to be saved on top of the server's version. */
  applyKept(parts?: readonly T['part'][]): void {
    const kept = this.state.kept;
    if (!kept) return;
    const rest: Partial<Record<T['part'], T['partValue']>> = { ...kept.parts };
    let values = this.state.values;
    for (const part of parts ?? (Object.keys(rest) as Array<T['part']>)) {
      if (!(part in rest)) continue;
      values = this.model.withPartValue(values, part, rest[part]);
      delete rest[part];
    }
    this.set({
      values,
      ...this.derive(values),
      kept: Object.keys(rest).length > 0 ? { savedAt: kept.savedAt, parts: rest } : null,
    });
    this.persist();
    this.scheduleAfterEdit();
  }

  /** Forgets kept text (all of it, or the parts named): only on the person's word. */
  discardKept(parts?: readonly T['part'][]): void {
    const kept = this.state.kept;
    if (!kept) return;
    const rest: Partial<Record<T['part'], T['partValue']>> = { ...kept.parts };
    for (const part of parts ?? (Object.keys(rest) as Array<T['part']>)) delete rest[part];
    this.set({ kept: Object.keys(rest).length > 0 ? { savedAt: kept.savedAt, parts: rest } : null });
    this.persist();
  }

  /** A submit met CONFLICT: same handling as a save. */
  reportConflict(message: string): Promise<void> {
    return this.onConflict(message);
  }

  /** A submit met DEADLINE_PASSED or INVALID_STATE: further saves would fail too. */
  halt(code: string, message: string): void {
    this.clearTimer();
    this.setStatus({ kind: 'stopped', code, message });
  }

  /** Forgets this device's copy (after a submit made the record final). */
  forgetStoredCopy(): void {
    this.storage.remove(this.id);
  }

  /** The form is on screen: autosave runs. */
  start(): void {
    this.active = true;
    if (!this.state.restored && this.canAutosave() && this.hasSaveable()) this.schedule(this.debounceMs);
  }

  /** The form left the screen: send what is waiting now, and schedule nothing more. */
  stop(): void {
    this.active = false;
    this.clearTimer();
    if (!this.state.restored && this.canAutosave() && this.hasSaveable()) void this.enqueueSave();
  }

  // --- internals -------------------------------------------------------------

  private set(patch: Partial<AutosaveState<T>>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: SaveStatus): void {
    const current = this.state.status;
    if (current.kind === status.kind && JSON.stringify(current) === JSON.stringify(status)) return;
    this.set({ status });
  }

  /** A comparable fingerprint of one part. */
  private snapshot(values: T['values'], part: T['part']): string {
    return JSON.stringify(this.model.partValue(values, part));
  }

  private knownEntries(record: Partial<Record<string, unknown>>): Array<[T['part'], unknown]> {
    return Object.entries(record).filter(([part]) => this.partNames.has(part)) as Array<[T['part'], unknown]>;
  }

  private resetBaseline(values: T['values']): void {
    this.baseline.clear();
    for (const part of this.parts) this.baseline.set(part, this.snapshot(values, part));
  }

  private pruneKept(
    parts: Partial<Record<T['part'], T['partValue']>>,
    serverValues: T['values'],
    savedAt: number,
  ): KeptChanges<T> | null {
    const different = (Object.entries(parts) as Array<[T['part'], T['partValue']]>).filter(
      ([part, value]) =>
        this.snapshot(this.model.withPartValue(serverValues, part, value), part) !== this.snapshot(serverValues, part),
    );
    return different.length > 0
      ? { savedAt, parts: Object.fromEntries(different) as Partial<Record<T['part'], T['partValue']>> }
      : null;
  }

  private derive(values: T['values']): Pick<AutosaveState<T>, 'dirty' | 'problems' | 'rejected'> {
    const dirty: Array<T['part']> = [];
    const problems: Partial<Record<T['part'], string>> = {};
    const rejected: Partial<Record<T['part'], string>> = {};
    for (const part of this.parts) {
      const snapshot = this.snapshot(values, part);
      const rejection = this.rejections.get(part);
      if (rejection && rejection.snapshot !== snapshot) this.rejections.delete(part);
      if (snapshot === this.baseline.get(part)) continue;
      dirty.push(part);
      const problem = this.model.partProblem(values, part);
      if (problem) problems[part] = problem;
      if (rejection && rejection.snapshot === snapshot) rejected[part] = rejection.message;
    }
    return { dirty, problems, rejected };
  }

  private saveableParts(): Array<T['part']> {
    const { dirty, problems, rejected } = this.state;
    return dirty.filter((part) => !problems[part] && !rejected[part]);
  }

  private hasSaveable(): boolean {
    return this.saveableParts().length > 0;
  }

  private canAutosave(): boolean {
    const { kind } = this.state.status;
    return kind !== 'conflict' && kind !== 'stopped';
  }

  private outcome(): SaveOutcome {
    const { status, dirty } = this.state;
    if (status.kind === 'conflict' || status.kind === 'stopped' || status.kind === 'retrying') return status.kind;
    return dirty.length > 0 ? 'unsaved' : 'saved';
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private startTimer(delay: number): void {
    this.clearTimer();
    if (!this.active) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueueSave();
    }, delay);
  }

  private scheduleAfterEdit(): void {
    if (!this.canAutosave()) return;
    // While retrying, a keystroke does not cut the backoff short.
    if (this.state.status.kind === 'retrying' && this.timer !== undefined) return;
    this.schedule(this.debounceMs);
  }

  private schedule(delay: number): void {
    if (!this.hasSaveable()) {
      this.clearTimer();
      if (this.state.status.kind === 'pending') this.setStatus({ kind: 'saved' });
      return;
    }
    this.startTimer(delay);
    if (this.state.status.kind === 'saved') this.setStatus({ kind: 'pending' });
  }

  private enqueueSave(): Promise<void> {
    const run = this.queue.then(() => this.saveOnce());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<TransportResult<T['server']>> {
    try {
      return await this.transport.load();
    } catch (error) {
      return {
        ok: false,
        errors: [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }],
      };
    }
  }

  private async saveOnce(): Promise<void> {
    if (!this.canAutosave()) return;
    const parts = this.saveableParts();
    if (parts.length === 0) {
      const { kind } = this.state.status;
      if (kind === 'pending' || kind === 'saving' || kind === 'retrying') this.setStatus({ kind: 'saved' });
      return;
    }
    const { values } = this.state;
    const built = this.model.buildInput(values, parts);
    const sent = new Map(parts.map((part) => [part, this.snapshot(values, part)] as const));
    const version = this.model.version(this.state.server);
    this.setStatus({ kind: 'saving' });
    let result: TransportResult<T['server']>;
    try {
      result = await this.transport.save(version, built.input);
    } catch (error) {
      result = {
        ok: false,
        errors: [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }],
      };
    }
    if (result.ok) this.confirm(result.data, sent);
    else await this.handleSaveErrors(result.errors, sent, built.partOfField);
  }

  private confirm(server: T['server'], sent: ReadonlyMap<T['part'], string>): void {
    for (const [part, snapshot] of sent) this.baseline.set(part, snapshot);
    this.attempt = 0;
    this.set({
      server,
      ...this.derive(this.state.values),
      status: this.timer !== undefined ? { kind: 'pending' } : { kind: 'saved' },
      savedAt: toTime(this.model.savedAt(server)) ?? this.now(),
    });
    this.persist();
    if (this.timer === undefined && this.hasSaveable()) this.schedule(this.debounceMs);
  }

  private async handleSaveErrors(
    errors: ApiError[],
    sent: ReadonlyMap<T['part'], string>,
    partOfField: (field: string) => T['part'] | null,
  ): Promise<void> {
    const [first = { code: 'UNKNOWN', message: 'The save failed' } as ApiError] = errors;
    if (first.code === 'CONFLICT') {
      await this.onConflict(first.message);
      return;
    }
    if (first.code === 'BAD_USER_INPUT') {
      // Refused input stays on the device and is not re-sent until it changes; the rest carries on.
      const part = first.field ? partOfField(first.field) : null;
      const refused = part !== null && sent.has(part) ? [part] : [...sent.keys()];
      for (const each of refused) this.rejections.set(each, { snapshot: sent.get(each) ?? '', message: first.message });
      this.set({ ...this.derive(this.state.values), status: { kind: 'saved' } });
      if (this.hasSaveable()) this.schedule(0);
      return;
    }
    if (STOPPING_CODES.has(first.code)) {
      this.halt(first.code, first.message);
      return;
    }
    // NETWORK, RATE_LIMITED, UNKNOWN (a server failure): try again later; the text is on the device.
    this.attempt += 1;
    this.setStatus({ kind: 'retrying', message: first.message });
    this.startTimer(this.retryDelays[Math.min(this.attempt - 1, this.retryDelays.length - 1)]);
  }

  private async onConflict(message: string): Promise<void> {
    this.clearTimer();
    const fresh = await this.load();
    if (fresh.ok && this.model.isEditable(fresh.data)) {
      const freshValues = this.model.fromServer(fresh.data);
      const { values, dirty } = this.state;
      if (dirty.every((part) => this.snapshot(freshValues, part) === this.snapshot(values, part))) {
        // Our own save landed but its answer was lost: the server already holds every unsaved change.
        let merged = values;
        for (const part of this.parts) {
          if (!dirty.includes(part) && this.snapshot(freshValues, part) !== this.snapshot(values, part)) {
            merged = this.model.withPartValue(merged, part, this.model.partValue(freshValues, part));
          }
        }
        this.resetBaseline(freshValues);
        this.rejections.clear();
        this.attempt = 0;
        this.set({
          server: fresh.data,
          values: merged,
          ...this.derive(merged),
          status: { kind: 'saved' },
          savedAt: toTime(this.model.savedAt(fresh.data)) ?? this.now(),
        });
        this.persist();
        if (this.hasSaveable()) this.schedule(this.debounceMs);
        return;
      }
    }
    this.setStatus({ kind: 'conflict', message });
  }

  private persist(): void {
    const { dirty, values, kept, server } = this.state;
    if (dirty.length === 0 && !kept) {
      this.storage.remove(this.id);
      if (this.state.storageFailed) this.set({ storageFailed: false });
      return;
    }
    const ok = this.storage.write(this.id, {
      v: 1,
      version: this.model.version(server),
      savedAt: this.now(),
      dirty: Object.fromEntries(dirty.map((part) => [part, this.model.partValue(values, part)])),
      kept: kept?.parts ?? {},
      keptSavedAt: kept?.savedAt ?? null,
    });
    if (ok === this.state.storageFailed) this.set({ storageFailed: !ok });
  }
}
