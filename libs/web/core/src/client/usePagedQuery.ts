import { useCallback, useEffect, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export interface Page<N> {
  nodes: N[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

interface PagedState<N> {
  nodes: N[] | null;
  totalCount: number | null;
  endCursor: string | null;
  hasMore: boolean;
  fetching: boolean;
  loadingMore: boolean;
  error: CombinedError | null;
  moreError: CombinedError | null;
}

const INITIAL = {
  nodes: null,
  totalCount: null,
  endCursor: null,
  hasMore: false,
  fetching: true,
  loadingMore: false,
  error: null,
  moreError: null,
};

/**
 * A connection read page by page ("Show more"), always from the network. The
 * variables (besides first and after) are compared by value; `select` must be
 * stable (a module-level function).
 */
export function usePagedQuery<Data, Vars extends AnyVariables, N>(
  query: TypedDocumentNode<Data, Vars>,
  variables: Record<string, unknown>,
  pageSize: number,
  select: (data: Data) => Page<N>,
) {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<PagedState<N> & { key: string; generation: number }>({
    ...INITIAL,
    key,
    generation,
  });

  // New variables (or a retry) start again from the first page.
  if (state.key !== key || state.generation !== generation) setState({ ...INITIAL, key, generation });

  useEffect(() => {
    let current = true;
    const vars = { ...(JSON.parse(key) as Record<string, unknown>), first: pageSize, after: null } as unknown as Vars;
    void client
      .query(query, vars, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (result.data) {
          const page = select(result.data);
          setState((s) => ({
            ...s,
            nodes: page.nodes,
            totalCount: page.totalCount ?? null,
            endCursor: page.pageInfo.endCursor ?? null,
            hasMore: page.pageInfo.hasNextPage,
            fetching: false,
            error: null,
          }));
        } else {
          setState((s) => ({ ...s, fetching: false, error: result.error ?? null }));
        }
      });
    return () => {
      current = false;
    };
  }, [client, query, key, pageSize, select, generation]);

  const loadMore = useCallback(async () => {
    if (!state.hasMore || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    const vars = {
      ...(JSON.parse(key) as Record<string, unknown>),
      first: pageSize,
      after: state.endCursor,
    } as unknown as Vars;
    const result = await client.query(query, vars, { requestPolicy: 'network-only' }).toPromise();
    setState((s) => {
      if (s.key !== key) return s;
      if (!result.data) return { ...s, loadingMore: false, moreError: result.error ?? null };
      const page = select(result.data);
      return {
        ...s,
        nodes: [...(s.nodes ?? []), ...page.nodes],
        totalCount: page.totalCount ?? s.totalCount,
        endCursor: page.pageInfo.endCursor ?? null,
        hasMore: page.pageInfo.hasNextPage,
        loadingMore: false,
      };
    });
  }, [client, query, key, pageSize, select, state.hasMore, state.loadingMore, state.endCursor]);

  const retry = useCallback(() => setGeneration((n) => n + 1), []);

  return { ...state, loadMore, retry };
}
