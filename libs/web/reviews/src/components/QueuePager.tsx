export interface QueuePagerProps {
  /** What the pages are of, for the navigation landmark's name. */
  label: string;
  page: number;
  pageCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * USWDS pagination (previous, "Page n of m", next) for a list read by cursor: buttons, since a
 * cursor page has no address; the first page has no "Previous", the last no "Next".
 */
export function QueuePager({ label, page, pageCount, hasNextPage, onPrevious, onNext }: QueuePagerProps) {
  if (page <= 1 && !hasNextPage) return null;
  return (
    <nav aria-label={label} className="usa-pagination">
      <ul className="usa-pagination__list">
        {page > 1 && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <button
              type="button"
              className="usa-button usa-button--unstyled usa-pagination__link usa-pagination__previous-page"
              onClick={onPrevious}
            >
              <span className="usa-pagination__link-text">Previous page</span>
            </button>
          </li>
        )}
        <li className="usa-pagination__item usa-pagination__page-no">
          <span className="usa-pagination__button usa-current" aria-current="page">
            Page {page} of {Math.max(page, pageCount)}
          </span>
        </li>
        {hasNextPage && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <button
              type="button"
              className="usa-button usa-button--unstyled usa-pagination__link usa-pagination__next-page"
              onClick={onNext}
            >
              <span className="usa-pagination__link-text">Next page</span>
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
