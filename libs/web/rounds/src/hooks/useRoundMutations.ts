import { useCallback } from 'react';
import { useMutation } from 'urql';
import type { CreateFundingRoundInput, UpdateFundingRoundInput } from '@abate/web/core';
import {
  closeFundingRoundMutation,
  createFundingRoundMutation,
  publishFundingRoundMutation,
  updateFundingRoundMutation,
} from '../graphql/rounds.documents';

export function useCreateFundingRound() {
  const [{ fetching }, execute] = useMutation(createFundingRoundMutation);
  const createRound = useCallback((input: CreateFundingRoundInput) => execute({ input }), [execute]);
  return { createRound, fetching };
}

export function useUpdateFundingRound() {
  const [{ fetching }, execute] = useMutation(updateFundingRoundMutation);
  const updateRound = useCallback(
    (id: string, version: number, input: UpdateFundingRoundInput) => execute({ id, version, input }),
    [execute],
  );
  return { updateRound, fetching };
}

export function usePublishFundingRound() {
  const [{ fetching }, execute] = useMutation(publishFundingRoundMutation);
  const publishRound = useCallback((id: string) => execute({ id }), [execute]);
  return { publishRound, fetching };
}

export function useCloseFundingRound() {
  const [{ fetching }, execute] = useMutation(closeFundingRoundMutation);
  const closeRound = useCallback((id: string, reason: string) => execute({ id, reason }), [execute]);
  return { closeRound, fetching };
}
