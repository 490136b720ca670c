import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { BATCHES_PAGE_SIZE, PaymentBatches } from './PaymentBatches';

const noPayable = {
  data: {
    approved: { __typename: 'PaymentRequestConnection', totalCount: 0, nodes: [] },
    failed: { __typename: 'PaymentRequestConnection', totalCount: 0, nodes: [] },
  },
};

/** Batch `n` of `total`, numbered newest first (1 is the newest), made one day apart. */
const batch = (n: number, total: number) => ({
  __typename: 'PaymentBatch',
  id: `batch-${n}`,
  createdAt: new Date(Date.UTC(2027, 0, 1) + (total - n) * 86_400_000).toISOString(),
  totalCents: String(n * 100),
  complete: n > 1,
  items: [{ __typename: 'PaymentBatchItem', paymentRequestId: `request-${n}`, outcome: n > 1 ? 'PAID' : null }],
});

/** The API's pages of `total` batches, newest first, with cursors `cursor-<last batch number>`. */
const batchPages =
  (total: number): MockHandler =>
  (name, variables) => {
    if (name === 'PaymentsPayable') return noPayable;
    if (name !== 'PaymentsBatchList') throw new Error(`unexpected ${name}`);
    const start = variables.after ? Number(String(variables.after).replace('cursor-', '')) : 0;
    const first = variables.first as number;
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) =>
      batch(start + i + 1, total),
    );
    return {
      data: {
        paymentBatches: {
          __typename: 'PaymentBatchConnection',
          totalCount: total,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: start + nodes.length < total,
            endCursor: nodes.length ? `cursor-${start + nodes.length}` : null,
          },
          nodes,
        },
      },
    };
  };

const setUp = (api: MockHandler) =>
  renderWithApi(
    <PaymentBatches canPay batchHref={(id) => `/batches/${id}`} requestHref={(id) => `/requests/${id}`} />,
    {
      api,
    },
  );

const batchLinks = async () => {
  const section = (await screen.findByRole('heading', { name: 'Payment batches' })).closest('section') as HTMLElement;
  await within(section).findAllByRole('row');
  return within(section)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href'));
};

describe('the payment batches list', () => {
  it('shows 25 batches a page, newest first as the API gives them, and pages forward and back by cursor', async () => {
    const { calls } = setUp(batchPages(60));
    expect(BATCHES_PAGE_SIZE).toBe(25);
    let links = await batchLinks();
    expect(links).toHaveLength(25);
    expect(links[0]).toBe('/batches/batch-1');
    expect(links[24]).toBe('/batches/batch-25');
    expect(screen.getByText('60 batches, newest first.')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages of payment batches' });
    expect(pager).toHaveTextContent('Page 1 of 3');
    expect(within(pager).queryByRole('button', { name: 'Previous page' })).toBeNull();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toMatch(/^Batch of .+1\$1\.000 of 1 recorded$/);
    expect(rows[2]).toMatch(/^Batch of .+1\$2\.00All recorded$/);

    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 3');
    links = await batchLinks();
    expect(links[0]).toBe('/batches/batch-26');
    expect(links).toHaveLength(25);

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 3 of 3');
    links = await batchLinks();
    expect(links).toEqual(Array.from({ length: 10 }, (_, i) => `/batches/batch-${51 + i}`));
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText('Page 2 of 3');
    expect((await batchLinks())[0]).toBe('/batches/batch-26');

    const listCalls = calls.filter((c) => c.operationName === 'PaymentsBatchList').map((c) => c.variables);
    expect(listCalls.map((v) => v.first)).toEqual(listCalls.map(() => 25));
    expect(listCalls.map((v) => v.after ?? null)).toEqual(expect.arrayContaining([null, 'cursor-25', 'cursor-50']));
  });

  it('shows no pager when every batch fits on one page, and says so when there is none', async () => {
    const { unmount } = setUp(batchPages(3));
    expect(await batchLinks()).toEqual(['/batches/batch-1', '/batches/batch-2', '/batches/batch-3']);
    expect(screen.queryByRole('navigation', { name: 'Pages of payment batches' })).toBeNull();
    unmount();

    setUp(batchPages(0));
    expect(await screen.findByText('No batch yet.')).toBeInTheDocument();
  });

  it('says how many more requests wait to be paid when there are more than it lists', async () => {
    const request = (n: number) => ({
      __typename: 'PaymentRequest',
      id: `request-${n}`,
      reference: `PR-${n}`,
      kind: 'REIMBURSEMENT',
      totalCents: '100',
      award: {
        __typename: 'Award',
        id: 'award-1',
        organization: { __typename: 'Organization', id: 'org-1', name: 'Alamance County' },
      },
    });
    const approved = Array.from({ length: 100 }, (_, i) => request(i + 1));
    const api: MockHandler = (name, variables) => {
      if (name === 'PaymentsPayable')
        return {
          data: {
            approved: { __typename: 'PaymentRequestConnection', totalCount: 143, nodes: approved },
            failed: {
              __typename: 'PaymentRequestConnection',
              totalCount: 1,
              nodes: [{ ...request(200), failureReason: 'Account closed' }],
            },
          },
        };
      return batchPages(0)(name, variables);
    };
    setUp(api);
    expect(
      await screen.findByText(
        'Showing the oldest 101 of 144 requests ready to pay. The rest appear here as these are batched.',
      ),
    ).toBeInTheDocument();
  });
});
