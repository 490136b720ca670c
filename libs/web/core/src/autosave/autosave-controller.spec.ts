import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../errors/api-error';
import { AutosaveController, type AutosaveModel, type TransportResult } from './autosave-controller';
import { memoryAutosaveStorage } from './autosave-storage';
import { saveStatusText } from './save-status';

// A small form shaped like an application draft: two answers, an amount typed as
// text, and one response per checklist item, saved part by part.
interface Doc {
  id: string;
  status: 'DRAFT' | 'SUBMITTED';
  version: number;
  title: string | null;
  summary: string | null;
  requestedCents: number | null;
  responses: Array<{ itemKey: string; narrative: string; selfRating: number | null }>;
  updatedAt: string;
}
interface Response {
  narrative: string;
  selfRating: string;
}
interface Values {
  title: string;
  summary: string;
  requested: string;
  responses: Record<string, Response>;
}
type Part = 'title' | 'summary' | 'requestedCents' | `responses.${string}`;
interface Input {
  title?: string | null;
  summary?: string | null;
  requestedCents?: number | null;
  responses?: Array<{ itemKey: string; narrative: string; selfRating: number | null }>;
}
interface Types {
  server: Doc;
  values: Values;
  part: Part;
  input: Input;
  partValue: string | Response;
}

const ITEM_KEYS = ['services.naloxone', 'services.equity'];
const itemOf = (part: Part) => (part.startsWith('responses.') ? part.slice('responses.'.length) : null);
const asString = (value: unknown) => (typeof value === 'string' ? value : '');

const model: AutosaveModel<Types> = {
  parts: ['title', 'summary', 'requestedCents', ...ITEM_KEYS.map((key): Part => `responses.${key}`)],
  version: (doc) => doc.version,
  isEditable: (doc) => doc.status === 'DRAFT',
  savedAt: (doc) => doc.updatedAt,
  fromServer: (doc) => ({
    title: doc.title ?? '',
    summary: doc.summary ?? '',
    requested: doc.requestedCents === null ? '' : String(doc.requestedCents / 100),
    responses: Object.fromEntries(
      doc.responses.map((r) => [
        r.itemKey,
        { narrative: r.narrative, selfRating: r.selfRating === null ? '' : String(r.selfRating) },
      ]),
    ),
  }),
  partValue: (values, part) => {
    const item = itemOf(part);
    if (item !== null) return values.responses[item] ?? { narrative: '', selfRating: '' };
    return part === 'requestedCents' ? values.requested : values[part as 'title' | 'summary'];
  },
  withPartValue: (values, part, value) => {
    const item = itemOf(part);
    if (item !== null) {
      const record = (value ?? {}) as Record<string, unknown>;
      return {
        ...values,
        responses: {
          ...values.responses,
          [item]: { narrative: asString(record['narrative']), selfRating: asString(record['selfRating']) },
        },
      };
    }
    return part === 'requestedCents'
      ? { ...values, requested: asString(value) }
      : { ...values, [part]: asString(value) };
  },
  partProblem: (values, part) =>
    part === 'requestedCents' && !/^\d*$/.test(values.requested.trim()) ? 'Enter the amount in dollars' : null,
  buildInput: (values, parts) => {
    const input: Input = {};
    const order: string[] = [];
    for (const part of parts) {
      const item = itemOf(part);
      if (item !== null) {
        const response = values.responses[item] ?? { narrative: '', selfRating: '' };
        input.responses = [
          ...(input.responses ?? []),
          {
            itemKey: item,
            narrative: response.narrative,
            selfRating: response.selfRating === '' ? null : Number(response.selfRating),
          },
        ];
        order.push(item);
      } else if (part === 'requestedCents')
        input.requestedCents = values.requested.trim() === '' ? null : Number(values.requested) * 100;
      else
        input[part as 'title' | 'summary'] =
          values[part as 'title' | 'summary'].trim() === '' ? null : values[part as 'title' | 'summary'];
    }
    const partOfField = (field: string): Part | null => {
      const match = /^input\.([A-Za-z]+)(?:\.(\d+))?/.exec(field);
      if (!match) return null;
      if (match[1] === 'responses') {
        const item = match[2] === undefined ? undefined : order[Number(match[2])];
        return item === undefined ? null : `responses.${item}`;
      }
      return ['title', 'summary', 'requestedCents'].includes(match[1]) ? (match[1] as Part) : null;
    };
    return { input, partOfField };
  },
};

function doc(patch: Partial<Doc> = {}): Doc {
  return {
    id: 'doc-1',
    status: 'DRAFT',
    version: 1,
    title: null,
    summary: null,
    requestedCents: null,
    responses: [],
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...patch,
  };
}

/** A server that merges partial input the way saveApplication and saveReview do, with optimistic versions. */
class FakeServer {
  doc = doc();
  saves: Array<{ version: number; input: Input }> = [];
  failNext: ApiError[] = [];

  async save(version: number, input: Input): Promise<TransportResult<Doc>> {
    this.saves.push({ version, input });
    const failure = this.failNext.shift();
    if (failure) return { ok: false, errors: [failure] };
    if (version !== this.doc.version)
      return { ok: false, errors: [{ code: 'CONFLICT', message: 'Someone else saved', field: 'version' }] };
    this.write(input);
    return { ok: true, data: this.doc };
  }

  async load(): Promise<TransportResult<Doc>> {
    return { ok: true, data: this.doc };
  }

  /** A save by someone else. */
  write(input: Input): void {
    const next = { ...this.doc, version: this.doc.version + 1 };
    if (input.title !== undefined) next.title = input.title?.trim() ?? null;
    if (input.summary !== undefined) next.summary = input.summary ?? null;
    if (input.requestedCents !== undefined) next.requestedCents = input.requestedCents ?? null;
    if (input.responses) {
      const merged = new Map(next.responses.map((r) => [r.itemKey, r]));
      for (const r of input.responses) merged.set(r.itemKey, r);
      next.responses = [...merged.values()];
    }
    this.doc = next;
  }
}

function setUp(storage = memoryAutosaveStorage(), server = new FakeServer()) {
  const controller = new AutosaveController<Types>({
    id: 'doc-1',
    server: server.doc,
    model,
    transport: server,
    storage,
    now: () => 1_000,
  });
  return { controller, server, storage };
}

const settle = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveController', () => {
  it('waits for a pause in typing, then sends only what changed, with the current version', async () => {
    const { controller, server, storage } = setUp();
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_000);
    controller.update((v) => ({ ...v, title: 'Reach after overdose' }));
    expect(controller.getSnapshot().status.kind).toBe('pending');
    expect(storage.read('doc-1')?.dirty).toEqual({ title: 'Reach after overdose' });
    await settle(1_499);
    expect(server.saves).toHaveLength(0);
    await settle(1);
    expect(server.saves).toEqual([{ version: 1, input: { title: 'Reach after overdose' } }]);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(2);
    expect(storage.read('doc-1')).toBeNull();

    controller.update((v) => ({
      ...v,
      responses: { ...v.responses, 'services.naloxone': { narrative: 'At every visit', selfRating: '' } },
    }));
    await settle(1_500);
    expect(server.saves[1]).toEqual({
      version: 2,
      input: { responses: [{ itemKey: 'services.naloxone', narrative: 'At every visit', selfRating: null }] },
    });
  });

  it('does not resend text the server trimmed, and keeps what was typed during a save', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Reach ' }));
    await settle(1_500);
    expect(controller.getSnapshot().dirty).toEqual([]);
    expect(controller.getSnapshot().values.title).toBe('Reach ');
    expect(server.saves).toHaveLength(1);
  });

  it('keeps the text and retries with backoff when the network fails', async () => {
    const { controller, server, storage } = setUp();
    server.failNext = [
      { code: 'NETWORK', message: 'Failed to fetch' },
      { code: 'UNKNOWN', message: 'Internal error' },
    ];
    controller.update((v) => ({ ...v, summary: 'We visit within 72 hours' }));
    await settle(1_500);
    expect(controller.getSnapshot().status).toEqual({ kind: 'retrying', message: 'Failed to fetch' });
    expect(storage.read('doc-1')?.dirty).toEqual({ summary: 'We visit within 72 hours' });
    await settle(2_000);
    expect(server.saves).toHaveLength(2);
    expect(controller.getSnapshot().status.kind).toBe('retrying');
    await settle(3_999);
    expect(server.saves).toHaveLength(2);
    await settle(1);
    expect(server.saves).toHaveLength(3);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(server.doc.summary).toBe('We visit within 72 hours');
    expect(storage.read('doc-1')).toBeNull();
  });

  it('sends one save at a time: an edit during a save waits for it, then goes with the version it returned', async () => {
    const { controller, server } = setUp();
    const save = server.save.bind(server);
    const sent: number[] = [];
    let answerFirst!: () => void;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    server.save = async (version, input) => {
      sent.push(version);
      if (sent.length === 1) await firstAnswered;
      return save(version, input);
    };
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_500);
    expect(controller.getSnapshot().status.kind).toBe('saving');
    controller.update((v) => ({ ...v, summary: 'Within 72 hours' }));
    await settle(1_500);
    expect(sent).toEqual([1]);

    answerFirst();
    await settle(0);
    expect(sent).toEqual([1, 2]);
    expect(server.saves[1]).toEqual({ version: 2, input: { summary: 'Within 72 hours' } });
    await settle(1_500);
    expect(sent).toEqual([1, 2]);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(3);
  });

  it('waits 2, 4, 8, 15, 30 and 60 s between retries, then 60 s each time; typing meanwhile does not cut the wait short', async () => {
    const { controller, server } = setUp();
    server.failNext = Array.from({ length: 8 }, () => ({ code: 'NETWORK' as const, message: 'Failed to fetch' }));
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_500);
    expect(server.saves).toHaveLength(1);
    for (const [i, wait] of [2_000, 4_000, 8_000, 15_000, 30_000, 60_000, 60_000].entries()) {
      if (i === 2) controller.update((v) => ({ ...v, title: 'Reach after overdose' }));
      await settle(wait - 1);
      expect(server.saves).toHaveLength(i + 1);
      await settle(1);
      expect(server.saves).toHaveLength(i + 2);
      expect(controller.getSnapshot().status.kind).toBe('retrying');
    }
    expect(server.saves.at(-1)?.input).toEqual({ title: 'Reach after overdose' });
    await settle(60_000);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(server.doc.title).toBe('Reach after overdose');
  });

  it('on CONFLICT stops, and "reload their version" keeps the unsaved text aside to re-apply', async () => {
    const { controller, server, storage } = setUp();
    server.write({ title: 'Their title', summary: 'Their summary' });
    controller.update((v) => ({ ...v, summary: 'My summary' }));
    await settle(1_500);
    expect(controller.getSnapshot().status.kind).toBe('conflict');
    // Typing goes on being kept on the device, not sent.
    controller.update((v) => ({ ...v, summary: 'My longer summary' }));
    await settle(5_000);
    expect(server.saves).toHaveLength(1);
    expect(storage.read('doc-1')?.dirty).toEqual({ summary: 'My longer summary' });

    await controller.reloadTheirVersion();
    const state = controller.getSnapshot();
    expect(state.values.title).toBe('Their title');
    expect(state.values.summary).toBe('Their summary');
    expect(state.kept?.parts).toEqual({ summary: 'My longer summary' });
    expect(storage.read('doc-1')?.kept).toEqual({ summary: 'My longer summary' });

    controller.applyKept(['summary']);
    await settle(1_500);
    expect(server.saves[1]).toEqual({ version: 2, input: { summary: 'My longer summary' } });
    expect(controller.getSnapshot().kept).toBeNull();
    expect(storage.read('doc-1')).toBeNull();
  });

  it('treats a CONFLICT from its own lost answer as saved', async () => {
    const { controller, server } = setUp();
    // The first save lands but the answer is lost.
    const save = server.save.bind(server);
    server.save = async (version, input) => {
      await save(version, input);
      server.save = save;
      return { ok: false, errors: [{ code: 'NETWORK', message: 'Failed to fetch' }] };
    };
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_500);
    expect(controller.getSnapshot().status.kind).toBe('retrying');
    await settle(2_000);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(2);
  });

  it('does not take a CONFLICT as its own save once the record is no longer editable', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Reach' }));
    server.doc = { ...server.doc, title: 'Reach', status: 'SUBMITTED', version: 2 };
    await settle(1_500);
    expect(controller.getSnapshot().status.kind).toBe('conflict');
  });

  it('holds back a part the API would refuse, and saves the rest', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Reach', requested: 'fifty' }));
    await settle(1_500);
    expect(server.saves).toEqual([{ version: 1, input: { title: 'Reach' } }]);
    expect(controller.getSnapshot().dirty).toEqual(['requestedCents']);
    expect(controller.getSnapshot().problems.requestedCents).toMatch(/dollars/);
  });

  it('does not resend a part the server refused until it changes', async () => {
    const { controller, server } = setUp();
    server.failNext = [{ code: 'BAD_USER_INPUT', message: 'answered twice', field: 'input.responses.0.itemKey' }];
    controller.update((v) => ({
      ...v,
      title: 'Reach',
      responses: { 'services.equity': { narrative: 'Yes', selfRating: '1' } },
    }));
    await settle(1_500);
    await settle(1);
    expect(server.saves[1]).toEqual({ version: 1, input: { title: 'Reach' } });
    expect(controller.getSnapshot().rejected).toEqual({ 'responses.services.equity': 'answered twice' });

    controller.update((v) => ({
      ...v,
      responses: { 'services.equity': { narrative: 'Yes, always', selfRating: '1' } },
    }));
    expect(controller.getSnapshot().rejected).toEqual({});
    await settle(1_500);
    expect(server.saves[2]?.input).toEqual({
      responses: [{ itemKey: 'services.equity', narrative: 'Yes, always', selfRating: 1 }],
    });
  });

  it('restores a newer copy from the device, and sets an older one aside', async () => {
    const storage = memoryAutosaveStorage();
    storage.write('doc-1', {
      v: 1,
      version: 1,
      savedAt: 500,
      dirty: { title: 'Typed offline' },
      kept: {},
      keptSavedAt: null,
    });
    const { controller, server } = setUp(storage);
    expect(controller.getSnapshot().values.title).toBe('Typed offline');
    expect(controller.getSnapshot().restored).toEqual({ savedAt: 500, parts: ['title'] });
    await settle(5_000);
    expect(server.saves).toHaveLength(0);
    await controller.acceptRestored();
    expect(server.doc.title).toBe('Typed offline');

    const stale = memoryAutosaveStorage();
    stale.write('doc-1', {
      v: 1,
      version: 1,
      savedAt: 500,
      dirty: { summary: 'Old device text' },
      kept: {},
      keptSavedAt: null,
    });
    const later = new FakeServer();
    later.write({ summary: 'Server text' });
    const second = setUp(stale, later).controller;
    expect(second.getSnapshot().values.summary).toBe('Server text');
    expect(second.getSnapshot().kept?.parts).toEqual({ summary: 'Old device text' });
    expect(second.getSnapshot().restored).toBeNull();
  });

  it('stops on DEADLINE_PASSED, keeping the text', async () => {
    const { controller, server, storage } = setUp();
    server.failNext = [{ code: 'DEADLINE_PASSED', message: 'The deadline was yesterday' }];
    controller.update((v) => ({ ...v, title: 'Late' }));
    await settle(1_500);
    expect(controller.getSnapshot().status).toEqual({
      kind: 'stopped',
      code: 'DEADLINE_PASSED',
      message: 'The deadline was yesterday',
    });
    controller.update((v) => ({ ...v, title: 'Later' }));
    await settle(60_000);
    expect(server.saves).toHaveLength(1);
    expect(storage.read('doc-1')?.dirty).toEqual({ title: 'Later' });
  });

  it('saveNow flushes at once and reports what is left', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Now' }));
    await expect(controller.saveNow()).resolves.toBe('saved');
    expect(server.saves).toHaveLength(1);
    controller.update((v) => ({ ...v, requested: 'x' }));
    await expect(controller.saveNow()).resolves.toBe('unsaved');
  });

  it('stop() sends what is waiting and schedules nothing more', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Leaving' }));
    controller.stop();
    await settle(0);
    expect(server.saves).toEqual([{ version: 1, input: { title: 'Leaving' } }]);
    controller.update((v) => ({ ...v, title: 'Leaving now' }));
    await settle(5_000);
    expect(server.saves).toHaveLength(1);
  });
});

describe('saveStatusText', () => {
  const wording = {
    conflict: 'someone else saved this record',
    stopped: { DEADLINE_PASSED: 'the deadline has passed' },
  };
  const now = new Date('2026-01-01T12:00:00');

  it('says when the record was saved: the server’s time, else the time of the last save here', async () => {
    const dated = new FakeServer();
    dated.doc = doc({ updatedAt: new Date('2026-01-01T10:42:00').toISOString() });
    const { controller } = setUp(memoryAutosaveStorage(), dated);
    expect(saveStatusText(controller.getSnapshot(), wording, now)).toBe('Saved 10:42 AM');
    expect(saveStatusText(controller.getSnapshot(), wording, new Date('2026-01-02T09:00:00'))).toBe(
      'Saved Jan 1, 10:42 AM',
    );

    const timeless: AutosaveModel<Types> = { ...model, savedAt: () => null };
    const server = new FakeServer();
    const other = new AutosaveController<Types>({
      id: 'doc-2',
      server: server.doc,
      model: timeless,
      transport: server,
      storage: memoryAutosaveStorage(),
      now: () => now.getTime(),
    });
    expect(saveStatusText(other.getSnapshot(), wording, now)).toBe('Saved — no unsaved changes');
    other.update((v) => ({ ...v, title: 'Reach' }));
    expect(saveStatusText(other.getSnapshot(), wording, now)).toBe('Saving…');
    await settle(1_500);
    expect(saveStatusText(other.getSnapshot(), wording, now)).toBe('Saved 12:00 PM');
  });

  it('says why text is not saved, and that it is kept on the device', async () => {
    const { controller, server } = setUp();
    server.failNext = [{ code: 'NETWORK', message: 'Failed to fetch' }];
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_500);
    expect(saveStatusText(controller.getSnapshot(), wording, now)).toBe(
      "Not saved yet — we'll retry; your text is kept on this device",
    );
    controller.halt('DEADLINE_PASSED', 'Too late');
    expect(saveStatusText(controller.getSnapshot(), wording, now)).toBe(
      'Not saved — the deadline has passed; your text is kept on this device',
    );
  });
});
