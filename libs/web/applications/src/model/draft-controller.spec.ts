import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ApiError, ApplicationInput } from '@abate/web/core';
import { DraftController, type TransportResult } from './draft-controller';
import { memoryDraftStorage } from './draft-storage';
import type { EditorApplication } from './form-values';

const ITEM_KEYS = ['services.naloxone', 'services.equity'];

function application(patch: Partial<EditorApplication> = {}): EditorApplication {
  return {
    id: 'app-1',
    status: 'DRAFT',
    version: 1,
    title: null,
    summary: null,
    requestedCents: null,
    lawEnforcementRole: null,
    warrantChecks: null,
    responses: [],
    budgetLines: [],
    budgetTotalCents: 0,
    targets: [],
    validation: { errors: [], warnings: [] },
    safeguardFlags: [],
    activity: [],
    trackingId: null,
    submittedAt: null,
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...patch,
  };
}

/** A server that merges partial input the way saveApplication does, with optimistic versions. */
class FakeServer {
  app = application();
  saves: Array<{ version: number; input: ApplicationInput }> = [];
  failNext: ApiError[] = [];

  async save(version: number, input: ApplicationInput): Promise<TransportResult<EditorApplication>> {
    this.saves.push({ version, input });
    const failure = this.failNext.shift();
    if (failure) return { ok: false, errors: [failure] };
    if (version !== this.app.version) return { ok: false, errors: [{ code: 'CONFLICT', message: 'Someone else saved', field: 'version' }] };
    this.write(input);
    return { ok: true, data: this.app };
  }

  async load(): Promise<TransportResult<EditorApplication>> {
    return { ok: true, data: this.app };
  }

  /** A save by someone else. */
  write(input: ApplicationInput): void {
    const app = { ...this.app, version: this.app.version + 1 };
    if (input.title !== undefined) app.title = input.title?.trim() ?? null;
    if (input.summary !== undefined) app.summary = input.summary ?? null;
    if (input.requestedCents !== undefined) app.requestedCents = input.requestedCents ?? null;
    if (input.responses) {
      const merged = new Map(app.responses.map((r) => [r.itemKey, r]));
      for (const r of input.responses) merged.set(r.itemKey, { itemKey: r.itemKey, narrative: r.narrative, selfRating: r.selfRating ?? null });
      app.responses = [...merged.values()];
    }
    this.app = app;
  }
}

function setUp(storage = memoryDraftStorage(), server = new FakeServer()) {
  const controller = new DraftController({ applicationId: 'app-1', application: server.app, itemKeys: ITEM_KEYS, transport: server, storage, now: () => 1_000 });
  return { controller, server, storage };
}

const settle = async (ms = 0) => {
  await jest.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('DraftController', () => {
  it('waits for a pause in typing, then sends only what changed, with the current version', async () => {
    const { controller, server, storage } = setUp();
    controller.update((v) => ({ ...v, title: 'Reach' }));
    await settle(1_000);
    controller.update((v) => ({ ...v, title: 'Reach after overdose' }));
    expect(controller.getSnapshot().status.kind).toBe('pending');
    expect(storage.read('app-1')?.dirty).toEqual({ title: 'Reach after overdose' });
    await settle(1_499);
    expect(server.saves).toHaveLength(0);
    await settle(1);
    expect(server.saves).toEqual([{ version: 1, input: { title: 'Reach after overdose' } }]);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(controller.getSnapshot().server.version).toBe(2);
    expect(storage.read('app-1')).toBeNull();

    controller.update((v) => ({ ...v, responses: { ...v.responses, 'services.naloxone': { narrative: 'At every visit', selfRating: '' } } }));
    await settle(1_500);
    expect(server.saves[1]).toEqual({ version: 2, input: { responses: [{ itemKey: 'services.naloxone', narrative: 'At every visit', selfRating: null }] } });
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
    expect(storage.read('app-1')?.dirty).toEqual({ summary: 'We visit within 72 hours' });
    await settle(2_000);
    expect(server.saves).toHaveLength(2);
    expect(controller.getSnapshot().status.kind).toBe('retrying');
    await settle(3_999);
    expect(server.saves).toHaveLength(2);
    await settle(1);
    expect(server.saves).toHaveLength(3);
    expect(controller.getSnapshot().status.kind).toBe('saved');
    expect(server.app.summary).toBe('We visit within 72 hours');
    expect(storage.read('app-1')).toBeNull();
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
    expect(storage.read('app-1')?.dirty).toEqual({ summary: 'My longer summary' });

    await controller.reloadTheirVersion();
    const state = controller.getSnapshot();
    expect(state.values.title).toBe('Their title');
    expect(state.values.summary).toBe('Their summary');
    expect(state.kept?.parts).toEqual({ summary: 'My longer summary' });
    expect(storage.read('app-1')?.kept).toEqual({ summary: 'My longer summary' });

    controller.applyKept(['summary']);
    await settle(1_500);
    expect(server.saves[1]).toEqual({ version: 2, input: { summary: 'My longer summary' } });
    expect(controller.getSnapshot().kept).toBeNull();
    expect(storage.read('app-1')).toBeNull();
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
    controller.update((v) => ({ ...v, title: 'Reach', responses: { 'services.equity': { narrative: 'Yes', selfRating: '1' } } }));
    await settle(1_500);
    await settle(1);
    expect(server.saves[1]).toEqual({ version: 1, input: { title: 'Reach' } });
    expect(controller.getSnapshot().rejected).toEqual({ 'responses.services.equity': 'answered twice' });
  });

  it('restores a newer copy from the device, and sets an older one aside', async () => {
    const storage = memoryDraftStorage();
    storage.write('app-1', { v: 1, version: 1, savedAt: 500, dirty: { title: 'Typed offline' }, kept: {}, keptSavedAt: null });
    const { controller, server } = setUp(storage);
    expect(controller.getSnapshot().values.title).toBe('Typed offline');
    expect(controller.getSnapshot().restored).toEqual({ savedAt: 500, parts: ['title'] });
    await settle(5_000);
    expect(server.saves).toHaveLength(0);
    await controller.acceptRestored();
    expect(server.app.title).toBe('Typed offline');

    const stale = memoryDraftStorage();
    stale.write('app-1', { v: 1, version: 1, savedAt: 500, dirty: { summary: 'Old device text' }, kept: {}, keptSavedAt: null });
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
    expect(controller.getSnapshot().status).toEqual({ kind: 'stopped', code: 'DEADLINE_PASSED', message: 'The deadline was yesterday' });
    controller.update((v) => ({ ...v, title: 'Later' }));
    await settle(60_000);
    expect(server.saves).toHaveLength(1);
    expect(storage.read('app-1')?.dirty).toEqual({ title: 'Later' });
  });

  it('saveNow flushes at once and reports what is left', async () => {
    const { controller, server } = setUp();
    controller.update((v) => ({ ...v, title: 'Now' }));
    await expect(controller.saveNow()).resolves.toBe('saved');
    expect(server.saves).toHaveLength(1);
    controller.update((v) => ({ ...v, requested: 'x' }));
    await expect(controller.saveNow()).resolves.toBe('unsaved');
  });
});
