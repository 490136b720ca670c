import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';

/** Cursor paging: the cursors of the pages seen so far (null is the first page); reset when the filters change. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}

export interface PagerProps {
  label: string;
  page: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** "Previous page" and "Next page" under a list. */
export function Pager({ label, page, hasNextPage, onPrevious, onNext }: PagerProps) {
  if (page <= 1 && !hasNextPage) return null;
  return (
    <nav aria-label={label} className="display-flex flex-justify flex-align-center margin-top-2">
      <Button type="button" outline disabled={page <= 1} onClick={onPrevious}>
        Previous page
      </Button>
      <span>Page {page}</span>
      <Button type="button" outline disabled={!hasNextPage} onClick={onNext}>
        Next page
      </Button>
    </nav>
  );
}
