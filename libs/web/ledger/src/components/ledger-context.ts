import { useMemo } from 'react';
import { useQuery } from 'urql';
import { strategyListsQuery } from '../graphql/ledger.documents';

/** What a ledger write changes, so urql refetches the fund, its entries and the rounds. */
export const ledgerContext = {
  additionalTypenames: ['LedgerEntry', 'SpendingAuthorization', 'SettlementFund', 'FundingRound'],
};

export interface StrategyOption {
  value: string;
  label: string;
}

/** The strategy lists (public data, loaded once per page). */
export function useStrategyLists() {
  const [{ data }] = useQuery({ query: strategyListsQuery });
  return data?.strategyTaxonomies ?? [];
}

/** The codes money may be tagged to in one strategy list, as select or checkbox options ("8: Post-overdose …"). */
export function useStrategyOptions(taxonomyKey: string): StrategyOption[] {
  const lists = useStrategyLists();
  return useMemo(() => strategyOptions(lists, taxonomyKey), [lists, taxonomyKey]);
}

export function strategyOptions(
  lists: ReadonlyArray<{ key: string; codes: ReadonlyArray<{ code: string; title: string; taggable: boolean }> }>,
  taxonomyKey: string,
): StrategyOption[] {
  const list = lists.find((t) => t.key === taxonomyKey);
  return (list?.codes ?? []).filter((c) => c.taggable).map((c) => ({ value: c.code, label: `${c.code}: ${c.title}` }));
}
