import { useCallback } from 'react';
import { useMutation } from 'urql';
import type { ChecklistInput } from '@abate/web/core';
import { publishChecklistVersionMutation } from '../graphql/checklists.documents';

export function usePublishChecklistVersion() {
  const [{ fetching }, execute] = useMutation(publishChecklistVersionMutation);
  const publishChecklist = useCallback((input: ChecklistInput) => execute({ input }), [execute]);
  return { publishChecklist, fetching };
}
