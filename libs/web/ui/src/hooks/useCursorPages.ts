import { useCallback, useMemo, useState } from 'react';

/** What a page of a Relay-style connection tells about paging. */
export interface CursorConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The paging half of `Pager`'s props. */
export interface CursorPagerProps {
  page: number;
  pageCount: number;
  hasNextPage: boolean;
  onPrevious(): void;
  onNext(): void;
}

export interface CursorPages {
  /** The cursor to read the page shown after (null: the first page). */
  after: string | null;
  /** The page shown, counted from 1. */
  page: number;
  /** Turns to the page after `endCursor` (the page shown's `pageInfo.endCursor`); nothing when there is none. */
  next(endCursor: string | null | undefined): void;
  /** Back to the page before; nothing on the first page. */
  previous(): void;
  /** Back to the first page: on "First page", and whenever the filters or the search change. */
  reset(): void;
  /** `Pager`'s paging props for the page of `connection` shown, read `pageSize` at a time. */
  pagerProps(connection: CursorConnection, pageSize: number): CursorPagerProps;
}

/**
 * Cursor paging: the stack of cursors of the pages seen so far (null is the first page); going
 * back pops it, so "Previous" returns to exactly the rows seen before. A list read by cursor
 * has no page address, so the stack lives in the component showing the list.
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors((c) => (c.length > 1 ? [null] : c)), []);
  const after = cursors[cursors.length - 1];
  const page = cursors.length;
  return useMemo(
    () => ({
      after,
      page,
      next,
      previous,
      reset,
      pagerProps: ({ totalCount, pageInfo }: CursorConnection, pageSize: number) => ({
        page,
        pageCount: Math.ceil(totalCount / pageSize),
        hasNextPage: pageInfo.hasNextPage,
        onPrevious: previous,
        onNext: () => next(pageInfo.endCursor),
      }),
    }),
    [after, page, next, previous, reset],
  );
}
