import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** The settlement fund's books and its public page, loaded on demand. */
export const ledgerRoutes: RouteObject[] = [
  { path: paths.funds, lazy: async () => ({ Component: (await import('../pages/ledger/FundsPage')).FundsPage }) },
  { path: paths.fund(), lazy: async () => ({ Component: (await import('../pages/ledger/FundPage')).FundPage }) },
  {
    path: paths.publicSpending,
    lazy: async () => ({ Component: (await import('../pages/ledger/PublicSpendingPage')).PublicSpendingPage }),
  },
];
