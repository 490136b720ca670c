import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { ReviewQueue } from './ReviewQueue';

const TOTAL = 60;
const round = {
  id: 'round-1',
  title: 'PORP 2027',
  status: 'REVIEW',
  closesAtLocal: 'Dec 28, 2026, 5:00:00 PM EST',
  checklist: { id: 'checklist-1', itemCount: 12 },
};
const assignments = Array.from({ length: TOTAL }, (_, i) => ({
  id: `assignment-${i + 1}`,
  status: 'PENDING_COI',
  organizationName: `County ${i + 1}`,
  ratedCount: 0,
  submittedAt: null,
  round,
}));

/** The API's paging: `first` rows after the cursor (a cursor is the index of the last row shown). */
const api: MockHandler = (operationName, variables) => {
  if (operationName !== 'ReviewerQueue') throw new Error(`Unexpected ${operationName}`);
  const start = variables.after ? Number(variables.after) : 0;
  const first = Number(variables.first);
  const nodes = assignments.slice(start, start + first);
  return {
    data: {
      myReviewQueue: {
        totalCount: TOTAL,
        pageInfo: { hasNextPage: start + first < TOTAL, endCursor: nodes.length ? String(start + nodes.length) : null },
        nodes,
      },
    },
  };
};

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('ReviewQueue paging', () => {
  it('asks 25 at a time and moves between pages with labeled previous and next controls', async () => {
    const { user, calls } = renderWithApi(
      <ReviewQueue reviewHref={(id) => `/reviews/${id}`} roundHref={(id) => `/r/${id}`} />,
      {
        api,
      },
    );
    expect(await screen.findByText('County 1')).toBeTruthy();
    expect(calls[0]).toEqual({ operationName: 'ReviewerQueue', variables: { first: 25, after: null } });
    expect(rowNames()).toHaveLength(25);
    expect(screen.getByText('Assignments 1 to 25 of 60.')).toBeTruthy();

    const pages = screen.getByRole('navigation', { name: 'Pages of your reviews' });
    expect(within(pages).getByText('Page 1 of 3').getAttribute('aria-current')).toBe('page');
    expect(within(pages).queryByRole('button', { name: 'Previous page' })).toBeNull();

    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('County 26')).toBeTruthy();
    expect(calls.at(-1)).toEqual({ operationName: 'ReviewerQueue', variables: { first: 25, after: '25' } });
    expect(rowNames()[0]).toBe('County 26');
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('County 60')).toBeTruthy();
    expect(rowNames()).toHaveLength(10);
    expect(screen.getByText('Assignments 51 to 60 of 60.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('County 26')).toBeTruthy();
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
  });

  it('claims no range for the rows still shown while the next page loads', async () => {
    let release: () => void = () => undefined;
    const slow: MockHandler = (operationName, variables) =>
      variables.after
        ? new Promise((resolve) => (release = () => resolve(api(operationName, variables))))
        : api(operationName, variables);
    const { user } = renderWithApi(
      <ReviewQueue reviewHref={(id) => `/reviews/${id}`} roundHref={(id) => `/r/${id}`} />,
      {
        api: slow,
      },
    );
    expect(await screen.findByText('Assignments 1 to 25 of 60.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Loading the page…')).toBeTruthy();
    expect(screen.queryByText(/^Assignments 26 to/)).toBeNull();
    expect(rowNames()[0]).toBe('County 1');
    release();
    expect(await screen.findByText('Assignments 26 to 50 of 60.')).toBeTruthy();
    expect(rowNames()[0]).toBe('County 26');
  });

  it('shows no paging controls when the whole queue fits on one page', async () => {
    const small: MockHandler = () => ({
      data: {
        myReviewQueue: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: '2' },
          nodes: assignments.slice(0, 2),
        },
      },
    });
    renderWithApi(<ReviewQueue reviewHref={(id) => `/reviews/${id}`} roundHref={(id) => `/r/${id}`} />, { api: small });
    expect(await screen.findByText('County 2')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages of your reviews' })).toBeNull();
    expect(screen.queryByText(/Assignments \d+ to/)).toBeNull();
  });
});
