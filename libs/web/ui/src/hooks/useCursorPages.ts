import { useCallback, useMemo, useState } from 'react';

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
  return useMemo(() => ({ after, page, next, previous, reset }), [after, page, next, previous, reset]);
}
