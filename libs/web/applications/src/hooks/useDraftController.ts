import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { toApiErrors } from '@abate/web/core';
import { applicantEditorQuery, applicantSaveApplicationMutation } from '../graphql/applications.documents';
import { DraftController, type DraftTransport, type EditorState } from '../model/draft-controller';
import { browserDraftStorage } from '../model/draft-storage';
import type { EditorData } from './useApplicationEditorData';

/** One DraftController per loaded application, wired to the API, the device's storage and the page's lifecycle. */
export function useDraftController(data: EditorData): [DraftController, EditorState] {
  const client = useClient();
  const [controller] = useState(() => {
    const transport: DraftTransport = {
      async save(version, input) {
        const result = await client.mutation(applicantSaveApplicationMutation, { id: data.id, version, input }).toPromise();
        if (result.data) return { ok: true, data: result.data.saveApplication };
        return { ok: false, errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'The save returned nothing' }] };
      },
      async load() {
        const result = await client.query(applicantEditorQuery, { id: data.id }, { requestPolicy: 'network-only' }).toPromise();
        if (result.data) return { ok: true, data: result.data.application };
        return { ok: false, errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'The application could not be loaded' }] };
      },
    };
    return new DraftController({
      applicationId: data.id,
      application: data,
      itemKeys: data.round.checklist.items.map((item) => item.key),
      transport,
      storage: browserDraftStorage,
    });
  });

  useEffect(() => {
    controller.start();
    const retry = () => controller.retryNow();
    // Leaving the tab (or closing it on a phone) sends what is waiting rather than trusting the timer.
    const flush = () => {
      if (document.visibilityState === 'hidden') void controller.saveNow();
    };
    window.addEventListener('online', retry);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('online', retry);
      document.removeEventListener('visibilitychange', flush);
      controller.stop();
    };
  }, [controller]);

  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return [controller, state];
}
