import type { RouteObject } from 'react-router';
import { ApplicationEditorPage } from '../pages/applications/ApplicationEditorPage';
import { ApplicationReceiptPage } from '../pages/applications/ApplicationReceiptPage';
import { ApplicationsPage } from '../pages/applications/ApplicationsPage';
import { paths } from '../paths';

/** The applicant's dashboard, editor and receipt. */
export const applicantRoutes: RouteObject[] = [
  { path: paths.applications, element: <ApplicationsPage /> },
  { path: paths.application(), element: <ApplicationEditorPage /> },
  { path: paths.receipt(), element: <ApplicationReceiptPage /> },
];
