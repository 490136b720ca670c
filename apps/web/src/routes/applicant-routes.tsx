import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** The applicant's dashboard, editor and receipt. Loaded on demand with the applications feature. */
export const applicantRoutes: RouteObject[] = [
  {
    path: paths.applications,
    lazy: async () => ({ Component: (await import('../pages/applications/ApplicationsPage')).ApplicationsPage }),
  },
  {
    path: paths.application(),
    lazy: async () => ({
      Component: (await import('../pages/applications/ApplicationEditorPage')).ApplicationEditorPage,
    }),
  },
  {
    path: paths.receipt(),
    lazy: async () => ({
      Component: (await import('../pages/applications/ApplicationReceiptPage')).ApplicationReceiptPage,
    }),
  },
];
