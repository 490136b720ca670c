import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/**
 * The grantee's awards and report form; the officer's report queue and review; the outbox.
 * Loaded on demand with the reporting feature.
 */
export const reportingRoutes: RouteObject[] = [
  { path: paths.awards, lazy: async () => ({ Component: (await import('../pages/reporting/AwardsPage')).AwardsPage }) },
  { path: paths.award(), lazy: async () => ({ Component: (await import('../pages/reporting/AwardPage')).AwardPage }) },
  {
    path: paths.report(),
    lazy: async () => ({ Component: (await import('../pages/reporting/ReportPage')).ReportPage }),
  },
  {
    path: paths.reportQueue,
    lazy: async () => ({ Component: (await import('../pages/reporting/ReportQueuePage')).ReportQueuePage }),
  },
  {
    path: paths.reportReview(),
    lazy: async () => ({ Component: (await import('../pages/reporting/ReportReviewPage')).ReportReviewPage }),
  },
  { path: paths.outbox, lazy: async () => ({ Component: (await import('../pages/reporting/OutboxPage')).OutboxPage }) },
];
