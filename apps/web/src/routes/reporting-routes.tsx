import type { RouteObject } from 'react-router';

/** The grantee's awards and report form; the officer's report queue and review; the outbox. */
export const reportingRoutes: RouteObject[] = [];
