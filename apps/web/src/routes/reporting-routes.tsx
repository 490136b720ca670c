import type { RouteObject } from 'react-router';
import { paths } from '../paths';
import { AwardPage } from '../pages/reporting/AwardPage';
import { AwardsPage } from '../pages/reporting/AwardsPage';
import { OutboxPage } from '../pages/reporting/OutboxPage';
import { ReportPage } from '../pages/reporting/ReportPage';
import { ReportQueuePage } from '../pages/reporting/ReportQueuePage';
import { ReportReviewPage } from '../pages/reporting/ReportReviewPage';

/** The grantee's awards and report form; the officer's report queue and review; the outbox. */
export const reportingRoutes: RouteObject[] = [
  { path: paths.awards, element: <AwardsPage /> },
  { path: paths.award(), element: <AwardPage /> },
  { path: paths.report(), element: <ReportPage /> },
  { path: paths.reportQueue, element: <ReportQueuePage /> },
  { path: paths.reportReview(), element: <ReportReviewPage /> },
  { path: paths.outbox, element: <OutboxPage /> },
];
