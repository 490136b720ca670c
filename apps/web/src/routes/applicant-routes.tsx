import type { RouteObject } from 'react-router';

/** The applicant's dashboard, editor and receipt. */
export const applicantRoutes: RouteObject[] = [];
