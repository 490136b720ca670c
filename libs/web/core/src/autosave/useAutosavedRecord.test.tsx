import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { gql } from 'urql';
import {
  advanceTimers,
  fakeAutosaveClock,
  renderWithApi,
  saveStatus,
  type MockCall,
  type MockResponse,
} from '@abate/web/testing';
import { browserAutosaveStorage } from './autosave-storage';
import { model, TitleFields, type Doc, type Types } from './title-form.test-fixture';
import { transportResult, useAutosavedRecord } from './useAutosavedRecord';
import { useSubmitAfterSave, type SubmitAfterSaveOptions } from './useSubmitAfterSave';

// A one-field form (a title) wired the way every domain's form is: its own mutation and
// query, answered by a real urql client (see mockClient) with the codes the API sends.
const saveDoc = gql`
  mutation SaveDoc($id: ID!, $version: Int!, $input: DocInput!) {
    saveDoc(id: $id, version: $version, input: $input) {
      id
      status
      version
      title
      updatedAt
    }
  }
`;
const loadDoc = gql`
  query LoadDoc($id: ID!) {
    doc(id: $id) {
      id
      status
      version
      title
      updatedAt
    }
  }
`;
const submitDoc = gql`
  mutation SubmitDoc($id: ID!, $version: Int!) {
    submitDoc(id: $id, version: $version) {
      id
      status
    }
  }
`;

const DOC_ID = 'doc-1';
const storageKey = (id: string) => `test:doc:${id}`;
const storage = browserAutosaveStorage(storageKey);
const unsavedMessages = {
  unsaved: 'Fix the fields marked “Not saved”, then submit.',
  retrying: 'Your latest changes haven’t reached Abate yet.',
  conflict: 'Someone else saved this form.',
  stopped: 'Your latest changes could not be saved.',
} as const;
const send: SubmitAfterSaveOptions<Types, { id: string }>['send'] = async (client, saved) => {
  const result = await client.mutation(submitDoc, { id: DOC_ID, version: saved.version }).toPromise();
  return { data: result.data?.submitDoc, error: result.error };
};

const doc = (patch: Partial<Doc> = {}): Doc => ({
  status: 'DRAFT',
  version: 1,
  title: '',
  updatedAt: '2026-12-05T15:00:00.000Z',
  ...patch,
});
const saved = (variables: Record<string, unknown>, patch: Partial<Doc> = {}): MockResponse => ({
  data: {
    saveDoc: doc({
      version: (variables.version as number) + 1,
      title: (variables.input as { title: string }).title,
      updatedAt: '2026-12-05T15:42:00.000Z',
      ...patch,
    }),
  },
});

interface FormProps {
  server: Doc;
  /** Records the record each reload started from. */
  loads: Doc[];
  stopsSaving?: ReadonlySet<string>;
}

function DocForm({ server, loads, stopsSaving }: FormProps) {
  const [controller, state] = useAutosavedRecord<Types>({
    id: DOC_ID,
    server,
    model,
    storage,
    save: async (client, version, input) =>
      transportResult(
        await client.mutation(saveDoc, { id: DOC_ID, version, input }).toPromise(),
        (data: { saveDoc: Doc }) => data.saveDoc,
      ),
    load: async (client, current) => {
      loads.push(current);
      return transportResult(
        await client.query(loadDoc, { id: DOC_ID }, { requestPolicy: 'network-only' }).toPromise(),
        (data: { doc: Doc }) => data.doc,
      );
    },
  });
  const { submit, failure } = useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'Not submitted',
    stopsSaving,
  });
  return (
    <>
      <TitleFields controller={controller} state={state} />
      <button type="button" onClick={() => void submit()}>
        Submit
      </button>
      {failure && <p role="alert">{failure.kind === 'api' ? failure.error.message : failure.message}</p>}
    </>
  );
}

type Api = (name: string, variables: Record<string, unknown>) => MockResponse;

function setUp(api: Api, options: Omit<FormProps, 'server' | 'loads'> = {}) {
  const loads: Doc[] = [];
  const rendered = renderWithApi(<DocForm server={doc()} loads={loads} {...options} />, { api });
  const calls = (name: string) => rendered.calls.filter((call: MockCall) => call.operationName === name);
  const type = (text: string) => fireEvent.change(screen.getByLabelText('Title'), { target: { value: text } });
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
  return { ...rendered, loads, calls, type, submit };
}

const savesEverything: Api = (name, variables) =>
  name === 'SaveDoc' ? saved(variables) : { errors: [{ code: 'INTERNAL', message: `unexpected ${name}` }] };

fakeAutosaveClock('2026-12-05T15:45:00.000Z');

describe('useAutosavedRecord: one autosave for every form', () => {
  it('saves through the form’s mutation after a pause, each save with the version the last one returned', async () => {
    const { calls, type } = setUp(savesEverything);
    type('Reach');
    expect(saveStatus()).toHaveTextContent('Saving…');
    await advanceTimers(1_500);
    type('Reach after overdose');
    await advanceTimers(1_500);
    expect(calls('SaveDoc').map((call) => call.variables)).toEqual([
      { id: 'doc-1', version: 1, input: { title: 'Reach' } },
      { id: 'doc-1', version: 2, input: { title: 'Reach after overdose' } },
    ]);
    expect(saveStatus()).toHaveTextContent(/^Saved /);
  });

  it('retries after a network failure or an empty answer, keeping the text on the device', async () => {
    const answers: MockResponse[] = [{ networkError: true }, { data: null } as unknown as MockResponse];
    const { calls, type } = setUp((name, variables) => answers.shift() ?? saved(variables));
    type('Reach');
    await advanceTimers(1_500);
    expect(saveStatus()).toHaveTextContent("Not saved yet — we'll retry; your text is kept on this device");
    expect(window.localStorage.getItem(storageKey('doc-1'))).toContain('Reach');
    await advanceTimers(2_000);
    expect(calls('SaveDoc')).toHaveLength(2);
    expect(saveStatus()).toHaveTextContent("Not saved yet — we'll retry");
    await advanceTimers(4_000);
    expect(calls('SaveDoc')).toHaveLength(3);
    expect(saveStatus()).toHaveTextContent(/^Saved /);
    expect(window.localStorage.getItem(storageKey('doc-1'))).toBeNull();
  });

  it('on CONFLICT reads the record again from the one it last saved, and stops while their version differs', async () => {
    const { loads, calls, type } = setUp((name, variables) => {
      if (name === 'LoadDoc') return { data: { doc: doc({ version: 5, title: 'Theirs' }) } };
      return calls('SaveDoc').length === 1
        ? saved(variables)
        : { errors: [{ code: 'CONFLICT', message: 'Saved by someone else', field: 'version' }] };
    });
    type('Mine');
    await advanceTimers(1_500);
    type('Mine again');
    await advanceTimers(1_500);
    expect(loads.map((record) => record.version)).toEqual([2]);
    expect(saveStatus()).toHaveTextContent(
      'Not saved — someone else saved this form; your text is kept on this device',
    );
    type('Mine, still');
    await advanceTimers(5_000);
    expect(calls('SaveDoc')).toHaveLength(2);
    expect(screen.getByLabelText('Title')).toHaveValue('Mine, still');
  });

  it('keeps its form when the page renders it again with a newer record (the options are read once)', async () => {
    function Page() {
      const [server, setServer] = useState(doc());
      return (
        <>
          <button type="button" onClick={() => setServer(doc({ version: 9, title: 'Reloaded' }))}>
            Reload the page’s data
          </button>
          <DocForm server={server} loads={[]} />
        </>
      );
    }
    const rendered = renderWithApi(<Page />, { api: savesEverything });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Typed here' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page’s data' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Typed here');
    await advanceTimers(1_500);
    expect(rendered.calls.map((call) => call.variables)).toEqual([
      { id: 'doc-1', version: 1, input: { title: 'Typed here' } },
    ]);
  });
});

describe('useSubmitAfterSave: flush, then submit', () => {
  const submits: Api = (name, variables) =>
    name === 'SubmitDoc'
      ? { data: { submitDoc: { id: 'doc-1', status: 'SUBMITTED' } } }
      : savesEverything(name, variables);

  it('sends what waits at once, then submits with the version that save returned, and forgets the device’s copy', async () => {
    const { calls, type, submit } = setUp(submits);
    type('Reach');
    expect(window.localStorage.getItem(storageKey('doc-1'))).toContain('Reach');
    submit();
    await advanceTimers(0);
    expect(calls('SaveDoc').map((call) => call.variables.version)).toEqual([1]);
    expect(calls('SubmitDoc').map((call) => call.variables)).toEqual([{ id: 'doc-1', version: 2 }]);
    expect(window.localStorage.getItem(storageKey('doc-1'))).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not submit while changes cannot reach the server, and says so', async () => {
    const { calls, type, submit } = setUp((name) =>
      name === 'SaveDoc' ? { networkError: true } : { errors: [{ code: 'INTERNAL', message: 'unexpected' }] },
    );
    type('Reach');
    submit();
    await advanceTimers(0);
    expect(calls('SubmitDoc')).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('Your latest changes haven’t reached Abate yet.');
    expect(window.localStorage.getItem(storageKey('doc-1'))).toContain('Reach');
  });

  it('a CONFLICT from the submit loads their version, as after a save, so the next submit sends it', async () => {
    const { calls, submit } = setUp((name, variables) => {
      if (name === 'LoadDoc') return { data: { doc: doc({ version: 4, title: 'Theirs' }) } };
      if (name === 'SubmitDoc' && calls('SubmitDoc').length === 1)
        return { errors: [{ code: 'CONFLICT', message: 'Saved by someone else since you loaded it' }] };
      return submits(name, variables);
    });
    submit();
    await advanceTimers(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Saved by someone else since you loaded it');
    expect(screen.getByLabelText('Title')).toHaveValue('Theirs');
    submit();
    await advanceTimers(0);
    expect(calls('SubmitDoc').map((call) => call.variables.version)).toEqual([1, 4]);
  });

  it('a refusal that ends saving (INVALID_STATE by default) stops autosave, keeping the text', async () => {
    const { calls, type, submit } = setUp((name, variables) =>
      name === 'SubmitDoc'
        ? { errors: [{ code: 'INVALID_STATE', message: 'This form is already submitted' }] }
        : savesEverything(name, variables),
    );
    submit();
    await advanceTimers(0);
    expect(saveStatus()).toHaveTextContent('Not saved — the form is closed; your text is kept on this device');
    type('Too late');
    await advanceTimers(5_000);
    expect(calls('SaveDoc')).toEqual([]);
    expect(window.localStorage.getItem(storageKey('doc-1'))).toContain('Too late');
  });

  it('a refusal the form says leaves the record editable does not stop autosave', async () => {
    const { calls, type, submit } = setUp(
      (name, variables) =>
        name === 'SubmitDoc'
          ? { errors: [{ code: 'INVALID_STATE', message: 'An earlier advance is still unpaid' }] }
          : savesEverything(name, variables),
      { stopsSaving: new Set(['FORBIDDEN']) },
    );
    submit();
    await advanceTimers(0);
    expect(screen.getByRole('alert')).toHaveTextContent('An earlier advance is still unpaid');
    type('Still a draft');
    await advanceTimers(1_500);
    expect(calls('SaveDoc')).toHaveLength(1);
    expect(saveStatus()).toHaveTextContent(/^Saved /);
  });
});
