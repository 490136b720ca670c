import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { FundBook } from './FundBook';

const TOTAL = 60;
const entry = (i: number, kind: string) => ({
  id: `entry-${i}`,
  kind,
  amountCents: '100000',
  occurredOn: `2026-${String(12 - Math.floor(i / 28)).padStart(2, '0')}-${String(28 - (i % 28)).padStart(2, '0')}`,
  classification: null,
  settlementKey: null,
  payer: `Payer ${i}`,
  payee: null,
  description: null,
  reversesEntryId: null,
  reversedByEntryId: null,
  reason: null,
  splits: [],
});
const cents = '0';

/** The API: entries newest first, 25 a page after the cursor (the index of the last entry read); "Receipt" keeps a third. */
const api: MockHandler = (operationName, variables) => {
  if (operationName === 'LedgerStrategyLists') return { data: { strategyTaxonomies: [] } };
  if (operationName === 'LedgerFundReport') return { data: { fundReport: null } };
  if (operationName !== 'LedgerFund') throw new Error(`Unexpected ${operationName}`);
  const all = Array.from({ length: TOTAL }, (_, i) => entry(i + 1, i % 3 === 0 ? 'RECEIPT' : 'INTEREST'));
  const matching = variables.kind ? all.filter((e) => e.kind === variables.kind) : all;
  const start = variables.after ? Number(variables.after) : 0;
  const nodes = matching.slice(start, start + Number(variables.first));
  return {
    data: {
      settlementFund: {
        id: 'fund-1',
        name: 'Opioid settlement fund',
        openedOn: '2022-01-01',
        organizationName: 'Alamance County',
        ruleSet: {
          key: 'generic',
          title: 'Generic',
          fiscalYearStartMonth: 7,
          defaultTaxonomyKey: 'generic',
          adminCapPercent: 5,
          spendWithinMonths: null,
        },
        balances: {
          openingCents: cents,
          receivedCents: cents,
          interestCents: cents,
          authorizedCents: cents,
          allocatedCents: cents,
          encumberedCents: cents,
          expendedCents: cents,
          cashCents: cents,
          availableCents: cents,
          unauthorizedCents: cents,
        },
        fundedRounds: [],
        authorizations: [],
        entries: {
          totalCount: matching.length,
          pageInfo: { hasNextPage: start + nodes.length < matching.length, endCursor: String(start + nodes.length) },
          nodes,
        },
      },
    },
  };
};

const payers = () =>
  within(screen.getByRole('table', { name: 'Ledger entries' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => (row as HTMLTableRowElement).cells[2].textContent);

describe('FundBook entries paging', () => {
  it('pages by "Older entries" and "Newer entries", and a filter starts again at the newest page', async () => {
    const { user, calls } = renderWithApi(<FundBook fundId="fund-1" canWrite={false} />, { api });
    const pages = await screen.findByRole('navigation', { name: 'Pages of ledger entries' });
    expect(payers()[0]).toBe('Payer 1');
    expect(within(pages).getByText('Page 1 of 3')).toHaveAttribute('aria-current', 'page');
    expect(within(pages).queryByRole('button', { name: 'Newer entries' })).toBeNull();

    await user.click(within(pages).getByRole('button', { name: 'Older entries' }));
    await waitFor(() => expect(payers()[0]).toBe('Payer 26'));
    expect(calls.filter((c) => c.operationName === 'LedgerFund').at(-1)!.variables).toMatchObject({ after: '25' });
    expect(within(pages).getByText('Page 2 of 3')).toBeInTheDocument();

    await user.click(within(pages).getByRole('button', { name: 'Newer entries' }));
    await waitFor(() => expect(payers()[0]).toBe('Payer 1'));
    await user.click(within(pages).getByRole('button', { name: 'Older entries' }));
    await waitFor(() => expect(payers()[0]).toBe('Payer 26'));

    // A filter reads from the newest entry again: no cursor, page 1 of the matching entries.
    await user.selectOptions(screen.getByLabelText('Show'), 'RECEIPT');
    await waitFor(() => expect(payers()[0]).toBe('Payer 1'));
    expect(calls.filter((c) => c.operationName === 'LedgerFund').at(-1)!.variables).toMatchObject({
      kind: 'RECEIPT',
      after: null,
    });
    // The 20 receipts fit on one page: no pager.
    expect(screen.getByText(/20 matching entries/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages of ledger entries' })).toBeNull();
  });
});
