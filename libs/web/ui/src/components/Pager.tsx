import { useEffect, useRef, type ReactNode } from 'react';
import './Pager.css';

export interface PagerProps {
  /** The navigation landmark's name, one per list on a page: "Ranking pages", "Pages of your reviews". */
  label: string;
  /** The page shown, counted from 1. */
  page: number;
  /** How many pages there are, when the list's total is known: "Page 2 of 40" (else "Page 2"). */
  pageCount?: number;
  hasNextPage: boolean;
  onPrevious(): void;
  onNext(): void;
  /** Offers "First page" from the third page on (on the second, "Previous" is the first page). */
  onFirst?(): void;
  /**
   * A page is loading: the controls are unavailable (aria-disabled), so a second press cannot skip a
   * page; they keep focus, so a keyboard user presses again once the page is there.
   */
  loading?: boolean;
  /**
   * A line beside the controls, announced politely when it changes: "Showing 26–50 of 1,000 applications".
   * It stays, alone, when the list fits on one page.
   */
  status?: ReactNode;
  /** The controls' words, for a list ordered by time: "Newer entries" and "Older entries". */
  previousLabel?: string;
  nextLabel?: string;
}

const count = new Intl.NumberFormat('en-US');

/**
 * USWDS pagination under a list read by cursor: "Previous page", "Page n of m" marked current,
 * "Next page". Buttons, since a cursor page has no address; the first page has no "Previous",
 * the last no "Next", and a list that fits on one page has no pager at all (only its status line). When the control
 * pressed goes away (the first or last page reached), focus moves to "Page n of m" rather than
 * being lost to the top of the document.
 */
export function Pager({
  label,
  page,
  pageCount,
  hasNextPage,
  onPrevious,
  onNext,
  onFirst,
  loading = false,
  status,
  previousLabel = 'Previous page',
  nextLabel = 'Next page',
}: PagerProps) {
  const currentRef = useRef<HTMLSpanElement>(null);
  const turned = useRef(false);
  useEffect(() => {
    if (!turned.current || loading) return;
    turned.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) currentRef.current?.focus();
  });

  const hasStatus = status !== undefined && status !== null;
  if (page <= 1 && !hasNextPage) {
    // Nothing to page through: no landmark, no controls; a status line still says what the list holds.
    return hasStatus ? (
      <p className="margin-y-2" role="status">
        {status}
      </p>
    ) : null;
  }
  const turn = (to: () => void) => () => {
    turned.current = true;
    to();
  };
  return (
    <nav aria-label={label} className={`usa-pagination abate-pager${hasStatus ? ' abate-pager--status' : ''}`}>
      {hasStatus && (
        <p className="margin-0" role="status">
          {status}
        </p>
      )}
      <ul className="usa-pagination__list">
        {onFirst && page > 2 && (
          <li className="usa-pagination__item">
            <PageButton className="abate-pager__first" onClick={turn(onFirst)} unavailable={loading}>
              First page
            </PageButton>
          </li>
        )}
        {page > 1 && (
          <li className="usa-pagination__item">
            <PageButton className="usa-pagination__previous-page" onClick={turn(onPrevious)} unavailable={loading}>
              {previousLabel}
            </PageButton>
          </li>
        )}
        <li className="usa-pagination__item usa-pagination__page-no">
          <span ref={currentRef} tabIndex={-1} className="usa-pagination__button usa-current" aria-current="page">
            Page {count.format(page)}
            {pageCount !== undefined && ` of ${count.format(Math.max(page, pageCount))}`}
          </span>
        </li>
        {hasNextPage && (
          <li className="usa-pagination__item">
            <PageButton className="usa-pagination__next-page" onClick={turn(onNext)} unavailable={loading}>
              {nextLabel}
            </PageButton>
          </li>
        )}
      </ul>
    </nav>
  );
}

function PageButton({
  className,
  onClick,
  unavailable,
  children,
}: {
  className?: string;
  onClick: () => void;
  unavailable: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={['usa-button usa-button--unstyled usa-pagination__link', className].filter(Boolean).join(' ')}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onClick}
    >
      {children}
    </button>
  );
}
