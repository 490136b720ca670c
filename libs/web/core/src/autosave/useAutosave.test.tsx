import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { AutosaveController, type TransportResult } from './autosave-controller';
import { memoryAutosaveStorage } from './autosave-storage';
import { model, TitleFields, type Doc, type Types } from './title-form.test-fixture';
import { useAutosave } from './useAutosave';

// A one-field form (a title) saved through the real controller, the real hook and the real status bar.
type Answer = (version: number, input: { title: string }) => TransportResult<Doc>;

function setUp(
  answer: Answer = (version, input) => ({
    ok: true,
    data: { status: 'DRAFT', version: version + 1, title: input.title, updatedAt: '2026-12-05T15:42:00.000Z' },
  }),
) {
  const saves: Array<{ version: number; input: { title: string } }> = [];
  const storage = memoryAutosaveStorage();
  const controller = new AutosaveController<Types>({
    id: 'doc-1',
    server: { status: 'DRAFT', version: 1, title: '', updatedAt: '2026-12-05T15:00:00.000Z' },
    model,
    storage,
    transport: {
      save: async (version, input) => {
        saves.push({ version, input });
        return answer(version, input);
      },
      load: async () => ({
        ok: true,
        data: { status: 'DRAFT', version: 9, title: 'Theirs', updatedAt: '2026-12-05T15:50:00.000Z' },
      }),
    },
  });

  function TitleForm() {
    const state = useAutosave(controller);
    return <TitleFields controller={controller} state={state} />;
  }
  function Page() {
    const [shown, setShown] = useState(true);
    return (
      <>
        <button onClick={() => setShown(false)}>Leave</button>
        {shown && <TitleForm />}
      </>
    );
  }
  render(<Page />);
  return { controller, saves, storage };
}

const type = (text: string) => fireEvent.change(screen.getByLabelText('Title'), { target: { value: text } });
const status = () => screen.getByRole('status');
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-12-05T15:45:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave with the save status bar', () => {
  it('saves after a pause in typing and says so', async () => {
    const { saves } = setUp();
    type('Reach');
    expect(status()).toHaveTextContent('Saving…');
    expect(screen.getByRole('button', { name: 'Save now' })).toBeInTheDocument();
    await advance(1_499);
    expect(saves).toEqual([]);
    await advance(1);
    expect(saves).toEqual([{ version: 1, input: { title: 'Reach' } }]);
    expect(status()).toHaveTextContent(/^Saved /);
    expect(screen.queryByRole('button', { name: 'Save now' })).not.toBeInTheDocument();
  });

  it('"Save now" sends at once', async () => {
    const { saves } = setUp();
    type('Reach');
    fireEvent.click(screen.getByRole('button', { name: 'Save now' }));
    await advance(0);
    expect(saves).toHaveLength(1);
  });

  it('sends what waits when the tab is hidden, and when the form unmounts', async () => {
    const { saves } = setUp();
    type('Reach');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await advance(0);
      expect(saves).toEqual([{ version: 1, input: { title: 'Reach' } }]);
    } finally {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    }

    type('Reach after');
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    await advance(0);
    expect(saves.at(-1)).toEqual({ version: 2, input: { title: 'Reach after' } });
  });

  it('retries after a network failure, at once when the browser is back online', async () => {
    let offline = true;
    const { saves } = setUp((version, input) =>
      offline
        ? { ok: false, errors: [{ code: 'NETWORK', message: 'Failed to fetch' }] }
        : {
            ok: true,
            data: { status: 'DRAFT', version: version + 1, title: input.title, updatedAt: '2026-12-05T15:42:00.000Z' },
          },
    );
    type('Reach');
    await advance(1_500);
    expect(status()).toHaveTextContent("Not saved yet — we'll retry; your text is kept on this device");
    offline = false;
    window.dispatchEvent(new Event('online'));
    await advance(0);
    expect(saves).toHaveLength(2);
    expect(status()).toHaveTextContent(/^Saved /);
  });

  it('shows a client-side problem beside the field and does not send it', async () => {
    const { saves } = setUp();
    type('A title far longer than twenty characters');
    await advance(5_000);
    expect(saves).toEqual([]);
    expect(screen.getByRole('note')).toHaveTextContent('Use 20 characters or fewer');
    expect(status()).toHaveTextContent(
      'Not saved yet — see the fields marked “Not saved”; your text is kept on this device',
    );
  });

  it('shows the server refusing a field (BAD_USER_INPUT) beside it', async () => {
    setUp(() => ({
      ok: false,
      errors: [{ code: 'BAD_USER_INPUT', message: 'Enter a title without angle brackets', field: 'input.title' }],
    }));
    type('<b>');
    await advance(1_500);
    expect(screen.getByRole('note')).toHaveTextContent('Enter a title without angle brackets');
  });

  it('stops on a deadline and on a conflict, keeping the text', async () => {
    setUp(() => ({ ok: false, errors: [{ code: 'DEADLINE_PASSED', message: 'closed' }] }));
    type('Reach');
    await advance(1_500);
    expect(status()).toHaveTextContent('Not saved — the deadline has passed; your text is kept on this device');
    expect(screen.getByLabelText('Title')).toHaveValue('Reach');
  });

  it('says someone else saved first (CONFLICT)', async () => {
    setUp(() => ({ ok: false, errors: [{ code: 'CONFLICT', message: 'version', field: 'version' }] }));
    type('Mine');
    await advance(1_500);
    expect(status()).toHaveTextContent('Not saved — someone else saved this form; your text is kept on this device');
  });
});
