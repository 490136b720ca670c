import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** The reviewer's queue, conflict declaration and scoring. Loaded on demand with the reviews feature. */
export const reviewerRoutes: RouteObject[] = [
  {
    path: paths.reviews,
    lazy: async () => ({ Component: (await import('../pages/reviews/ReviewsPage')).ReviewsPage }),
  },
  { path: paths.review(), lazy: async () => ({ Component: (await import('../pages/reviews/ReviewPage')).ReviewPage }) },
];
