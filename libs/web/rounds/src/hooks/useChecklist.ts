import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { RoundsChecklistQuery } from '@abate/web/core';
import { checklistQuery } from '../graphql/checklists.documents';

export type ChecklistDetail = RoundsChecklistQuery['checklist'];

/** A published checklist version; the latest when `version` is omitted. */
export function useChecklist(key: string, version?: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: checklistQuery, variables: { key, version } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { checklist: data?.checklist ?? null, fetching, error, retry };
}
