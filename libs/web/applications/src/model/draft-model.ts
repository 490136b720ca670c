import type {
  ApplicationInput,
  AutosaveController,
  AutosaveModel,
  AutosaveState,
  KeptChanges as AutosaveKeptChanges,
} from '@abate/web/core';
// Only types come from @abate/web/core here, so this model stays testable in the unit tier.
import {
  allParts,
  buildInput,
  fromServer,
  partOfInputField,
  partProblem,
  partValue,
  withPartValue,
  type EditorApplication,
  type FormValues,
  type PartKey,
  type PartValue,
} from './form-values';

/** The application draft as the shared autosave sees it. */
export interface DraftTypes {
  server: EditorApplication;
  values: FormValues;
  part: PartKey;
  input: ApplicationInput;
  partValue: PartValue;
}

export type DraftController = AutosaveController<DraftTypes>;
export type EditorState = AutosaveState<DraftTypes>;
/** The applicant's text set aside when the server's version was loaded over it. */
export type KeptChanges = AutosaveKeptChanges<DraftTypes>;

/**
 * How an application draft is autosaved: one part per top-level answer, the
 * whole budget, all targets, and each checklist item's response (see form-values).
 */
export function draftModel(itemKeys: readonly string[]): AutosaveModel<DraftTypes> {
  return {
    parts: allParts(itemKeys),
    version: (app) => app.version,
    // Saves are taken while it is a draft; after a CONFLICT a submitted one is not "our own save".
    isEditable: (app) => app.status === 'DRAFT',
    savedAt: (app) => app.updatedAt,
    fromServer,
    partValue,
    withPartValue,
    partProblem,
    buildInput(values, parts) {
      const built = buildInput(values, parts);
      return { input: built.input, partOfField: (field) => partOfInputField(field, built) };
    },
  };
}
