import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/**
 * The officer's assignment, ranking, comparison and decision pages (auditors read them).
 * Loaded on demand with the awards feature.
 */
export const awardRoutes: RouteObject[] = [
  {
    path: paths.assignReviewers(),
    lazy: async () => ({ Component: (await import('../pages/awards/AssignReviewersPage')).AssignReviewersPage }),
  },
  {
    path: paths.ranking(),
    lazy: async () => ({ Component: (await import('../pages/awards/RankingPage')).RankingPage }),
  },
  {
    path: paths.compare(),
    lazy: async () => ({ Component: (await import('../pages/awards/ComparePage')).ComparePage }),
  },
];
