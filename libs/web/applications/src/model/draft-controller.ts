import type { ApiError, ApplicationInput } from '@abate/web/core';
import type { DraftStorage } from './draft-storage';
import {
  allParts,
  buildInput,
  fromServer,
  partOfInputField,
  partProblem,
  partSnapshot,
  partValue,
  withPartValue,
  type BuiltInput,
  type EditorApplication,
  type FormValues,
  type PartKey,
  type PartValue,
} from './form-values';

export type SaveStatus =
  /** Nothing waiting to be sent (some parts may still be unsendable: see `problems` and `rejected`). */
  | { kind: 'saved' }
  /** Waiting for a pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The network or the server failed; a retry is scheduled. */
  | { kind: 'retrying'; message: string }
  /** Someone else saved first (CONFLICT); autosave waits for the applicant. */
  | { kind: 'conflict'; message: string }
  /** Saving cannot succeed (deadline passed, no longer a draft, signed out...). */
  | { kind: 'stopped'; code: string; message: string };

/** The applicant's text set aside when the server's version was loaded over it. */
export interface KeptChanges {
  savedAt: number;
  parts: Partial<Record<PartKey, PartValue>>;
}

export interface EditorState {
  /** The server's application as last confirmed. */
  server: EditorApplication;
  /** The form as typed. */
  values: FormValues;
  /** Parts that differ from what the server confirmed. */
  dirty: readonly PartKey[];
  /** Dirty parts that cannot be sent yet, and why (client-side checks). */
  problems: Readonly<Partial<Record<PartKey, string>>>;
  /** Dirty parts the server refused (BAD_USER_INPUT); re-sent once changed. */
  rejected: Readonly<Partial<Record<PartKey, string>>>;
  status: SaveStatus;
  /** Unsaved changes found on this device at load and put back in the form; awaiting "save" or "discard". */
  restored: { savedAt: number; parts: readonly PartKey[] } | null;
  kept: KeptChanges | null;
  reloading: boolean;
  /** The device refused to keep a copy (storage full or disabled). */
  storageFailed: boolean;
}

export type TransportResult<T> = { ok: true; data: T } | { ok: false; errors: ApiError[] };

export interface DraftTransport {
  save(version: number, input: ApplicationInput): Promise<TransportResult<EditorApplication>>;
  load(): Promise<TransportResult<EditorApplication>>;
}

export interface DraftControllerOptions {
  applicationId: string;
  application: EditorApplication;
  /** The round's checklist item keys, in checklist order. */
  itemKeys: readonly string[];
  transport: DraftTransport;
  storage: DraftStorage;
  /** Pause in typing before a save. */
  debounceMs?: number;
  /** Waits between retries after a network or server failure (the last repeats). */
  retryDelays?: readonly number[];
  now?: () => number;
}

export type SaveOutcome = 'saved' | 'unsaved' | 'retrying' | 'conflict' | 'stopped';

/** Codes a retry cannot fix. */
const STOPPING_CODES: ReadonlySet<string> = new Set(['DEADLINE_PASSED', 'INVALID_STATE', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const DEFAULT_RETRY_DELAYS = [2_000, 4_000, 8_000, 15_000, 30_000, 60_000];

/**
 * Autosave for one application draft, outside React (useSyncExternalStore reads it).
 *
 * - Each edit is kept on the device at once, and sent after a pause in typing:
 *   only the parts that changed, with the version last confirmed.
 * - Saves run one at a time, so each carries the version the previous one returned.
 * - A network or server failure is retried with backoff; CONFLICT stops autosave
 *   until the applicant reloads the other person's version, when their own unsaved
 *   text is set aside (`kept`) rather than dropped.
 */
export class DraftController {
  private state: EditorState;
  private readonly listeners = new Set<() => void>();
  private readonly applicationId: string;
  private readonly parts: readonly PartKey[];
  private readonly partNames: ReadonlySet<string>;
  private readonly transport: DraftTransport;
  private readonly storage: DraftStorage;
  private readonly debounceMs: number;
  private readonly retryDelays: readonly number[];
  private readonly now: () => number;
  /** Snapshot of each part as the server last confirmed it (as sent, before any server trimming). */
  private readonly baseline = new Map<PartKey, string>();
  private readonly rejections = new Map<PartKey, { snapshot: string; message: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private attempt = 0;
  private active = true;

  constructor(options: DraftControllerOptions) {
    this.applicationId = options.applicationId;
    this.parts = allParts(options.itemKeys);
    this.partNames = new Set(this.parts);
    this.transport = options.transport;
    this.storage = options.storage;
    this.debounceMs = options.debounceMs ?? 1_500;
    this.retryDelays = options.retryDelays?.length ? options.retryDelays : DEFAULT_RETRY_DELAYS;
    this.now = options.now ?? Date.now;

    const app = options.application;
    const serverValues = fromServer(app);
    this.resetBaseline(serverValues);
    let values = serverValues;
    let restored: EditorState['restored'] = null;
    const keptParts: Partial<Record<PartKey, PartValue>> = {};
    let keptSavedAt: number | null = null;

    const stored = this.storage.read(this.applicationId);
    if (stored) {
      const typed = this.knownEntries(stored.dirty);
      if (stored.version === app.version) {
        // Nobody has saved since this device's copy was typed: it is the newer text.
        for (const [part, value] of typed) values = withPartValue(values, part, value);
        const parts = this.parts.filter((part) => partSnapshot(values, part) !== this.baseline.get(part));
        if (parts.length > 0) restored = { savedAt: stored.savedAt, parts };
      } else {
        // The server moved on since: show this device's text beside the server's, never over it.
        for (const [part, value] of typed) keptParts[part] = partValue(withPartValue(serverValues, part, value), part);
        if (typed.length > 0) keptSavedAt = stored.savedAt;
      }
      for (const [part, value] of this.knownEntries(stored.kept)) {
        if (!(part in keptParts)) keptParts[part] = partValue(withPartValue(serverValues, part, value), part);
      }
      keptSavedAt ??= stored.keptSavedAt ?? stored.savedAt;
    }

    this.state = {
      server: app,
      values,
      ...this.derive(values),
      status: { kind: 'saved' },
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

  readonly getSnapshot = (): EditorState => this.state;

  /** Applies an edit: kept on the device at once, sent after the pause in typing. */
  readonly update = (change: (values: FormValues) => FormValues): void => {
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
    const serverValues = fromServer(this.state.server);
    let values = this.state.values;
    for (const part of restored.parts) values = withPartValue(values, part, partValue(serverValues, part));
    this.set({ values, ...this.derive(values), restored: null });
    this.persist();
  }

  /**
   * "Reload their version": the form shows the server's application, and every
   * unsaved change of this applicant moves to `kept`, to copy from or re-apply.
   */
  async reloadTheirVersion(): Promise<boolean> {
    this.clearTimer();
    this.set({ reloading: true });
    const fresh = await this.load();
    if (!fresh.ok) {
      this.set({ reloading: false });
      return false;
    }
    const freshValues = fromServer(fresh.data);
    const keptParts: Partial<Record<PartKey, PartValue>> = { ...(this.state.kept?.parts ?? {}) };
    for (const part of this.state.dirty) keptParts[part] = partValue(this.state.values, part);
    this.resetBaseline(freshValues);
    this.rejections.clear();
    this.attempt = 0;
    this.set({
      server: fresh.data,
      values: freshValues,
      ...this.derive(freshValues),
      status: { kind: 'saved' },
      restored: null,
      kept: this.pruneKept(keptParts, freshValues, this.now()),
      reloading: false,
    });
    this.persist();
    return true;
  }

  /** Puts kept text (all of it, or the parts named) back in the form, to be saved on top of the server's version. */
  applyKept(parts?: readonly PartKey[]): void {
    const kept = this.state.kept;
    if (!kept) return;
    const rest = { ...kept.parts };
    let values = this.state.values;
    for (const part of parts ?? (Object.keys(rest) as PartKey[])) {
      if (!(part in rest)) continue;
      values = withPartValue(values, part, rest[part]);
      delete rest[part];
    }
    this.set({ values, ...this.derive(values), kept: Object.keys(rest).length > 0 ? { savedAt: kept.savedAt, parts: rest } : null });
    this.persist();
    this.scheduleAfterEdit();
  }

  /** Forgets kept text (all of it, or the parts named): only on the applicant's word. */
  discardKept(parts?: readonly PartKey[]): void {
    const kept = this.state.kept;
    if (!kept) return;
    const rest = { ...kept.parts };
    for (const part of parts ?? (Object.keys(rest) as PartKey[])) delete rest[part];
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

  /** The editor is on screen: autosave runs. */
  start(): void {
    this.active = true;
    if (!this.state.restored && this.canAutosave() && this.hasSaveable()) this.schedule(this.debounceMs);
  }

  /** The editor left the screen: send what is waiting now, and schedule nothing more. */
  stop(): void {
    this.active = false;
    this.clearTimer();
    if (!this.state.restored && this.canAutosave() && this.hasSaveable()) void this.enqueueSave();
  }

  // --- internals -------------------------------------------------------------

  private set(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: SaveStatus): void {
    const current = this.state.status;
    if (current.kind === status.kind && JSON.stringify(current) === JSON.stringify(status)) return;
    this.set({ status });
  }

  private knownEntries(record: Partial<Record<PartKey, unknown>>): Array<[PartKey, unknown]> {
    return (Object.entries(record) as Array<[PartKey, unknown]>).filter(([part]) => this.partNames.has(part));
  }

  private resetBaseline(values: FormValues): void {
    this.baseline.clear();
    for (const part of this.parts) this.baseline.set(part, partSnapshot(values, part));
  }

  private pruneKept(parts: Partial<Record<PartKey, PartValue>>, serverValues: FormValues, savedAt: number): KeptChanges | null {
    const different = (Object.entries(parts) as Array<[PartKey, PartValue]>).filter(
      ([part, value]) => partSnapshot(withPartValue(serverValues, part, value), part) !== partSnapshot(serverValues, part),
    );
    return different.length > 0 ? { savedAt, parts: Object.fromEntries(different) as Partial<Record<PartKey, PartValue>> } : null;
  }

  private derive(values: FormValues): Pick<EditorState, 'dirty' | 'problems' | 'rejected'> {
    const dirty: PartKey[] = [];
    const problems: Partial<Record<PartKey, string>> = {};
    const rejected: Partial<Record<PartKey, string>> = {};
    for (const part of this.parts) {
      const snapshot = partSnapshot(values, part);
      const rejection = this.rejections.get(part);
      if (rejection && rejection.snapshot !== snapshot) this.rejections.delete(part);
      if (snapshot === this.baseline.get(part)) continue;
      dirty.push(part);
      const problem = partProblem(values, part);
      if (problem) problems[part] = problem;
      if (rejection && rejection.snapshot === snapshot) rejected[part] = rejection.message;
    }
    return { dirty, problems, rejected };
  }

  private saveableParts(): PartKey[] {
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

  private async load(): Promise<TransportResult<EditorApplication>> {
    try {
      return await this.transport.load();
    } catch (error) {
      return { ok: false, errors: [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }] };
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
    const built = buildInput(this.state.values, parts);
    const version = this.state.server.version;
    this.setStatus({ kind: 'saving' });
    let result: TransportResult<EditorApplication>;
    try {
      result = await this.transport.save(version, built.input);
    } catch (error) {
      result = { ok: false, errors: [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }] };
    }
    if (result.ok) this.confirm(result.data, built);
    else await this.handleSaveErrors(result.errors, built);
  }

  private confirm(app: EditorApplication, built: BuiltInput): void {
    for (const [part, snapshot] of built.sent) this.baseline.set(part, snapshot);
    this.attempt = 0;
    this.set({ server: app, ...this.derive(this.state.values), status: this.timer !== undefined ? { kind: 'pending' } : { kind: 'saved' } });
    this.persist();
    if (this.timer === undefined && this.hasSaveable()) this.schedule(this.debounceMs);
  }

  private async handleSaveErrors(errors: ApiError[], built: BuiltInput): Promise<void> {
    const [first = { code: 'UNKNOWN', message: 'The save failed' } as ApiError] = errors;
    if (first.code === 'CONFLICT') {
      await this.onConflict(first.message);
      return;
    }
    if (first.code === 'BAD_USER_INPUT') {
      // Refused input stays on the device and is not re-sent until it changes; the rest carries on.
      const part = first.field ? partOfInputField(first.field, built) : null;
      const refused = part && built.sent.has(part) ? [part] : [...built.sent.keys()];
      for (const each of refused) this.rejections.set(each, { snapshot: built.sent.get(each) ?? '', message: first.message });
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
    if (fresh.ok && fresh.data.status === 'DRAFT') {
      const freshValues = fromServer(fresh.data);
      const { values, dirty } = this.state;
      if (dirty.every((part) => partSnapshot(freshValues, part) === partSnapshot(values, part))) {
        // Our own save landed but its answer was lost: the server already holds every unsaved change.
        let merged = values;
        for (const part of this.parts) {
          if (!dirty.includes(part) && partSnapshot(freshValues, part) !== partSnapshot(values, part)) {
            merged = withPartValue(merged, part, partValue(freshValues, part));
          }
        }
        this.resetBaseline(freshValues);
        this.rejections.clear();
        this.attempt = 0;
        this.set({ server: fresh.data, values: merged, ...this.derive(merged), status: { kind: 'saved' } });
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
      this.storage.remove(this.applicationId);
      if (this.state.storageFailed) this.set({ storageFailed: false });
      return;
    }
    const ok = this.storage.write(this.applicationId, {
      v: 1,
      version: server.version,
      savedAt: this.now(),
      dirty: Object.fromEntries(dirty.map((part) => [part, partValue(values, part)])),
      kept: kept?.parts ?? {},
      keptSavedAt: kept?.savedAt ?? null,
    });
    if (ok === this.state.storageFailed) this.set({ storageFailed: !ok });
  }
}
