import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { toApiErrors, type ApiError, type ApplicantEditorQuery } from '@abate/web/core';
import { applicantEditorQuery } from '../graphql/applications.documents';

export type EditorData = ApplicantEditorQuery['application'];
export type EditorRound = EditorData['round'];
export type EditorChecklist = EditorRound['checklist'];

export type EditorDataState =
  { kind: 'loading' } | { kind: 'failed'; errors: ApiError[] } | { kind: 'ready'; data: EditorData; loadedAt: number };

/**
 * The application with its round and checklist, always from the network. Loaded
 * by hand rather than with useQuery so the document cache cannot refetch it under
 * the editor after each save (the editor keeps its own copy of the server state).
 */
export function useApplicationEditorData(applicationId: string) {
  const client = useClient();
  const [state, setState] = useState<EditorDataState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    client
      .query(applicantEditorQuery, { id: applicationId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (result.data) setState({ kind: 'ready', data: result.data.application, loadedAt: Date.now() });
        else
          setState({
            kind: 'failed',
            errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'No data' }],
          });
      });
    return () => {
      current = false;
    };
  }, [client, applicationId, generation]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setGeneration((n) => n + 1);
  }, []);

  return { state, reload };
}
