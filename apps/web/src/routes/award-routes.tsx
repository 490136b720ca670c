import type { RouteObject } from 'react-router';
import { paths } from '../paths';
import { AssignReviewersPage } from '../pages/awards/AssignReviewersPage';
import { ComparePage } from '../pages/awards/ComparePage';
import { RankingPage } from '../pages/awards/RankingPage';

/** The officer's assignment, ranking, comparison and decision pages (auditors read them). */
export const awardRoutes: RouteObject[] = [
  { path: paths.assignReviewers(), element: <AssignReviewersPage /> },
  { path: paths.ranking(), element: <RankingPage /> },
  { path: paths.compare(), element: <ComparePage /> },
];
