import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCursorPages } from '../hooks/useCursorPages';
import { Pager, type PagerProps } from './Pager';

const handlers = () => ({ onPrevious: vi.fn(), onNext: vi.fn(), onFirst: vi.fn() });
const renderPager = (props: Partial<PagerProps> = {}) => {
  const calls = handlers();
  const result = render(<Pager label="Pages of things" page={1} hasNextPage {...calls} {...props} />);
  return { ...result, ...calls, user: userEvent.setup() };
};
const pager = (name = 'Pages of things') => screen.getByRole('navigation', { name });
const button = (name: string) => within(pager()).queryByRole('button', { name });

describe('Pager', () => {
  it('renders nothing when the list fits on one page', () => {
    const { container } = renderPager({ page: 1, hasNextPage: false, pageCount: 1 });
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps only its status line when the list fits on one page: no landmark, no controls', () => {
    renderPager({ page: 1, hasNextPage: false, pageCount: 1, status: 'Showing 1–3 of 3 applications' });
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1–3 of 3 applications');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/^Page /)).toBeNull();
  });

  it('on the first page: a landmark named for its list, "Page 1 of m" marked current, no previous, next calls its handler', async () => {
    const { user, onNext, onPrevious } = renderPager({ page: 1, pageCount: 40 });
    const current = within(pager()).getByText('Page 1 of 40');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(button('Previous page')).toBeNull();
    expect(button('First page')).toBeNull();
    await user.click(button('Next page')!);
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).not.toHaveBeenCalled();
  });

  it('on the last page: no next; previous calls its handler; "First page" from the third page when asked for', async () => {
    const { user, onPrevious, onFirst, onNext, rerender } = renderPager({ page: 3, pageCount: 3, hasNextPage: false });
    expect(button('Next page')).toBeNull();
    await user.click(button('Previous page')!);
    expect(onPrevious).toHaveBeenCalledTimes(1);
    await user.click(button('First page')!);
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onNext).not.toHaveBeenCalled();

    // On the second page "Previous" is the first page; without onFirst there is no "First page".
    rerender(
      <Pager label="Pages of things" page={2} hasNextPage onPrevious={onPrevious} onNext={onNext} onFirst={onFirst} />,
    );
    expect(button('First page')).toBeNull();
    rerender(<Pager label="Pages of things" page={3} hasNextPage onPrevious={onPrevious} onNext={onNext} />);
    expect(button('First page')).toBeNull();
  });

  it('says "Page n" alone when the total is unknown, and never fewer pages than the one shown', () => {
    const { rerender } = renderPager({ page: 2 });
    expect(within(pager()).getByText('Page 2')).toHaveAttribute('aria-current', 'page');
    // A total counted before rows were added can fall behind the page reached.
    rerender(
      <Pager
        label="Pages of things"
        page={1_204}
        pageCount={1_000}
        hasNextPage
        onPrevious={vi.fn()}
        onNext={vi.fn()}
      />,
    );
    expect(within(pager()).getByText('Page 1,204 of 1,204')).toBeInTheDocument();
  });

  it('makes every control unavailable while a page loads, keeping focus where it is', async () => {
    const { user, onNext, onPrevious, onFirst, rerender } = renderPager({ page: 3, pageCount: 5 });
    await user.click(button('Next page')!);
    expect(onNext).toHaveBeenCalledTimes(1);
    const pageFour = (loading: boolean) => (
      <Pager
        label="Pages of things"
        page={4}
        pageCount={5}
        hasNextPage
        loading={loading}
        onPrevious={onPrevious}
        onNext={onNext}
        onFirst={onFirst}
      />
    );
    rerender(pageFour(true));
    for (const name of ['First page', 'Previous page', 'Next page'])
      expect(button(name)).toHaveAttribute('aria-disabled', 'true');
    expect(button('Next page')).toHaveFocus();
    await user.click(button('First page')!);
    await user.click(button('Previous page')!);
    await user.click(button('Next page')!);
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).not.toHaveBeenCalled();
    expect(onFirst).not.toHaveBeenCalled();

    rerender(pageFour(false));
    expect(button('Next page')).not.toHaveAttribute('aria-disabled');
    expect(button('Next page')).toHaveFocus();
    await user.click(button('Next page')!);
    expect(onNext).toHaveBeenCalledTimes(2);
  });

  it('shows a status line in a polite live region, and the caller’s words for time-ordered lists', () => {
    renderPager({
      page: 2,
      status: 'Showing 26–50 of 1,000 applications',
      previousLabel: 'Newer entries',
      nextLabel: 'Older entries',
    });
    expect(within(pager()).getByRole('status')).toHaveTextContent('Showing 26–50 of 1,000 applications');
    expect(button('Newer entries')).toBeEnabled();
    expect(button('Older entries')).toBeEnabled();
    expect(button('Previous page')).toBeNull();
  });
});

/** 60 rows, 25 a page, read by cursor (the cursor is the index of the last row read), filtered by a search. */
function CursorList() {
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const rows = Array.from({ length: search ? 30 : 60 }, (_, i) => `Row ${i + 1}${search}`);
  const start = pages.after ? Number(pages.after) : 0;
  const shown = rows.slice(start, start + 25);
  const end = start + shown.length;
  const connection = { totalCount: rows.length, pageInfo: { hasNextPage: end < rows.length, endCursor: String(end) } };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setSearch(' (found)');
          pages.reset();
        }}
      >
        Search
      </button>
      <ul aria-label="Rows">
        {shown.map((row) => (
          <li key={row}>{row}</li>
        ))}
      </ul>
      <Pager label="Pages of rows" {...pages.pagerProps(connection, 25)} onFirst={pages.reset} />
    </>
  );
}
const firstRow = () => within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem')[0].textContent;

describe('useCursorPages with Pager', () => {
  it('goes forward by end cursor, back by the cursor before, to the first page, and starts again when the search changes', async () => {
    const user = userEvent.setup();
    render(<CursorList />);
    const rowsPager = () => pager('Pages of rows');
    expect(within(rowsPager()).getByText('Page 1 of 3')).toBeInTheDocument();

    await user.click(within(rowsPager()).getByRole('button', { name: 'Next page' }));
    expect(firstRow()).toBe('Row 26');
    await user.click(within(rowsPager()).getByRole('button', { name: 'Next page' }));
    expect(firstRow()).toBe('Row 51');
    expect(within(rowsPager()).getByText('Page 3 of 3')).toBeInTheDocument();
    // The next control is gone on the last page; focus lands on where the reader is, not the top of the page.
    expect(within(rowsPager()).queryByRole('button', { name: 'Next page' })).toBeNull();
    expect(within(rowsPager()).getByText('Page 3 of 3')).toHaveFocus();

    await user.click(within(rowsPager()).getByRole('button', { name: 'Previous page' }));
    expect(firstRow()).toBe('Row 26');
    // Still there on the second page: focus stays on it.
    expect(within(rowsPager()).getByRole('button', { name: 'Previous page' })).toHaveFocus();
    await user.click(within(rowsPager()).getByRole('button', { name: 'Next page' }));
    await user.click(within(rowsPager()).getByRole('button', { name: 'First page' }));
    expect(firstRow()).toBe('Row 1');
    expect(within(rowsPager()).getByText('Page 1 of 3')).toHaveFocus();

    await user.click(within(rowsPager()).getByRole('button', { name: 'Next page' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(firstRow()).toBe('Row 1 (found)');
    expect(within(rowsPager()).getByText('Page 1 of 2')).toBeInTheDocument();
  });
});
