import { useState } from 'react';
import { useClient } from 'urql';
import { AutosaveController, toApiErrors, useAutosave } from '@abate/web/core';
import { applicantEditorQuery, applicantSaveApplicationMutation } from '../graphql/applications.documents';
import { draftModel, type DraftController, type DraftTransport, type EditorState } from '../model/draft-model';
import { browserDraftStorage } from '../model/draft-storage';
import type { EditorData } from './useApplicationEditorData';

/** One autosave controller per loaded application, wired to the API, the device's storage and the page's lifecycle. */
export function useDraftController(data: EditorData): [DraftController, EditorState] {
  const client = useClient();
  const [controller] = useState(() => {
    const transport: DraftTransport = {
      async save(version, input) {
        const result = await client
          .mutation(applicantSaveApplicationMutation, { id: data.id, version, input })
          .toPromise();
        if (result.data) return { ok: true, data: result.data.saveApplication };
        return {
          ok: false,
          errors: result.error
            ? toApiErrors(result.error)
            : [{ code: 'UNKNOWN', message: 'The save returned nothing' }],
        };
      },
      async load() {
        const result = await client
          .query(applicantEditorQuery, { id: data.id }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.data) return { ok: true, data: result.data.application };
        return {
          ok: false,
          errors: result.error
            ? toApiErrors(result.error)
            : [{ code: 'UNKNOWN', message: 'The application could not be loaded' }],
        };
      },
    };
    return new AutosaveController({
      id: data.id,
      server: data,
      model: draftModel(data.round.checklist.items.map((item) => item.key)),
      transport,
      storage: browserDraftStorage,
    });
  });
  const state = useAutosave(controller);
  return [controller, state];
}
