import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/**
 * The officer's portfolio dashboard and the public transparency page. Loaded on
 * demand: the charting library is large and most visitors never open these pages.
 */
export const insightRoutes: RouteObject[] = [
  {
    path: paths.portfolio,
    lazy: async () => ({ Component: (await import('../pages/insights/PortfolioPage')).PortfolioPage }),
  },
  {
    path: paths.transparency,
    lazy: async () => ({ Component: (await import('../pages/insights/TransparencyPage')).TransparencyPage }),
  },
];
