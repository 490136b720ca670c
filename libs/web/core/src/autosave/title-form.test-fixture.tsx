import type { AutosaveController, AutosaveModel, AutosaveState } from './autosave-controller';
import { SaveStatusBar } from './SaveStatusBar';

// For the autosave's hook tests only (never imported by app code): a one-field form, a title.

export interface Doc {
  status: 'DRAFT' | 'SUBMITTED';
  version: number;
  title: string;
  updatedAt: string;
}

export interface Types {
  server: Doc;
  values: { title: string };
  part: 'title';
  input: { title: string };
  partValue: string;
}

export const model: AutosaveModel<Types> = {
  parts: ['title'],
  version: (doc) => doc.version,
  isEditable: (doc) => doc.status === 'DRAFT',
  savedAt: (doc) => doc.updatedAt,
  fromServer: (doc) => ({ title: doc.title }),
  partValue: (values) => values.title,
  withPartValue: (values, _part, value) => ({ title: typeof value === 'string' ? value : values.title }),
  partProblem: (values) => (values.title.length > 20 ? 'Use 20 characters or fewer' : null),
  buildInput: (values) => ({
    input: { title: values.title },
    partOfField: (field) => (field === 'input.title' ? 'title' : null),
  }),
};

export const wording = {
  conflict: 'someone else saved this form',
  stopped: { DEADLINE_PASSED: 'the deadline has passed', INVALID_STATE: 'the form is closed' },
};

/** The title field, what keeps it from being saved, and the status bar. */
export function TitleFields({
  controller,
  state,
}: {
  controller: AutosaveController<Types>;
  state: AutosaveState<Types>;
}) {
  return (
    <>
      <label htmlFor="title">Title</label>
      <input
        id="title"
        value={state.values.title}
        onChange={(event) => controller.update(() => ({ title: event.target.value }))}
      />
      {state.problems.title && <p role="note">{state.problems.title}</p>}
      {state.rejected.title && <p role="note">{state.rejected.title}</p>}
      <SaveStatusBar state={state} wording={wording} onSaveNow={() => void controller.saveNow()} />
    </>
  );
}
