import type { RouteObject } from 'react-router';

/** The officer's portfolio dashboard and the public transparency page. */
export const insightRoutes: RouteObject[] = [];
