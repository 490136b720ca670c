import type { RouteObject } from 'react-router';
import { PortfolioPage } from '../pages/insights/PortfolioPage';
import { TransparencyPage } from '../pages/insights/TransparencyPage';
import { paths } from '../paths';

/** The officer's portfolio dashboard and the public transparency page. */
export const insightRoutes: RouteObject[] = [
  { path: paths.portfolio, element: <PortfolioPage /> },
  { path: paths.transparency, element: <TransparencyPage /> },
];
