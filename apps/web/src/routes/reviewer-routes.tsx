import type { RouteObject } from 'react-router';
import { ReviewPage } from '../pages/reviews/ReviewPage';
import { ReviewsPage } from '../pages/reviews/ReviewsPage';
import { paths } from '../paths';

/** The reviewer's queue, conflict declaration and scoring. */
export const reviewerRoutes: RouteObject[] = [
  { path: paths.reviews, element: <ReviewsPage /> },
  { path: paths.review(), element: <ReviewPage /> },
];
