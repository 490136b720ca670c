import { transportResult, useAutosavedRecord } from '@abate/web/core';
import { applicantEditorQuery, applicantSaveApplicationMutation } from '../graphql/applications.documents';
import { draftModel, type DraftController, type DraftTypes, type EditorState } from '../model/draft-model';
import { browserDraftStorage } from '../model/draft-storage';
import type { EditorData } from './useApplicationEditorData';

/** The shared autosave of one loaded application: saveApplication, and the editor's query to read it again. */
export function useDraftController(data: EditorData): [DraftController, EditorState] {
  return useAutosavedRecord<DraftTypes>({
    id: data.id,
    server: data,
    model: draftModel(data.round.checklist.items.map((item) => item.key)),
    storage: browserDraftStorage,
    save: async (client, version, input) =>
      transportResult(
        await client.mutation(applicantSaveApplicationMutation, { id: data.id, version, input }).toPromise(),
        (saved) => saved.saveApplication,
      ),
    load: async (client) =>
      transportResult(
        await client.query(applicantEditorQuery, { id: data.id }, { requestPolicy: 'network-only' }).toPromise(),
        (loaded) => loaded.application,
      ),
  });
}
