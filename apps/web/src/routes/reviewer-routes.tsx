import type { RouteObject } from 'react-router';

/** The reviewer's queue, conflict declaration and scoring. */
export const reviewerRoutes: RouteObject[] = [];
