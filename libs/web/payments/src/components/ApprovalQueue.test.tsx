import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { ApprovalQueue } from './ApprovalQueue';

const request = (status: string, i: number) => ({
  id: `${status}-${i}`,
  reference: `PR-${status.slice(0, 3)}-${String(i).padStart(3, '0')}`,
  kind: 'REIMBURSEMENT',
  status,
  totalCents: '100000',
  submittedAt: '2027-01-04T15:00:00.000Z',
  approvals: [],
  award: {
    id: `award-${i}`,
    organization: { id: `org-${i}`, name: `County ${i}` },
    round: { id: 'round-1', title: 'Outreach 2027' },
  },
});
const waiting: Record<string, number> = { SUBMITTED: 30, PROGRAM_APPROVED: 3 };

/** The API: each queue oldest first, 25 a page after the cursor (the index of the last request read). */
const api: MockHandler = (operationName, variables) => {
  if (operationName !== 'PaymentsQueue') throw new Error(`Unexpected ${operationName}`);
  const status = String(variables.status);
  const all = Array.from({ length: waiting[status] }, (_, i) => request(status, i + 1));
  const start = variables.after ? Number(variables.after) : 0;
  const nodes = all.slice(start, start + Number(variables.first));
  return {
    data: {
      paymentRequests: {
        totalCount: all.length,
        pageInfo: { hasNextPage: start + nodes.length < all.length, endCursor: String(start + nodes.length) },
        nodes,
      },
    },
  };
};

const viewer = { userId: 'user-1', grantee: false, programOfficer: true, financeOfficer: true };
const references = (heading: string) =>
  within(screen.getByRole('region', { name: new RegExp(heading) }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('ApprovalQueue paging', () => {
  it('pages each queue on its own, by "Later requests" and "Earlier requests"', async () => {
    const { user, calls } = renderWithApi(<ApprovalQueue viewer={viewer} requestHref={(id) => `/payments/${id}`} />, {
      api,
    });
    const program = await screen.findByRole('navigation', { name: 'Pages of requests waiting for program approval' });
    expect(references('Waiting for program approval')).toHaveLength(25);
    expect(within(program).getByText('Page 1 of 2')).toHaveAttribute('aria-current', 'page');
    expect(within(program).queryByRole('button', { name: 'Earlier requests' })).toBeNull();
    // The financial queue's three fit on one page: no pager of its own.
    await waitFor(() => expect(references('Waiting for financial approval')).toHaveLength(3));
    expect(screen.queryByRole('navigation', { name: 'Pages of requests waiting for financial approval' })).toBeNull();

    await user.click(within(program).getByRole('button', { name: 'Later requests' }));
    await waitFor(() => expect(references('Waiting for program approval')[0]).toBe('PR-SUB-026'));
    expect(calls.at(-1)).toEqual({
      operationName: 'PaymentsQueue',
      variables: { status: 'SUBMITTED', first: 25, after: '25' },
    });
    expect(within(program).getByText('Page 2 of 2')).toBeInTheDocument();
    expect(within(program).queryByRole('button', { name: 'Later requests' })).toBeNull();
    expect(references('Waiting for financial approval')).toHaveLength(3);

    await user.click(within(program).getByRole('button', { name: 'Earlier requests' }));
    await waitFor(() => expect(references('Waiting for program approval')[0]).toBe('PR-SUB-001'));
  });
});
