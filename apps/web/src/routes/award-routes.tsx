import type { RouteObject } from 'react-router';

/** The officer's assignment, ranking, comparison and decision pages. */
export const awardRoutes: RouteObject[] = [];
