import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** Administration (officers) and an owner's team, loaded on demand. */
export const adminRoutes: RouteObject[] = [
  {
    path: paths.adminOrganizations,
    lazy: async () => ({ Component: (await import('../pages/admin/AdminOrganizationsPage')).AdminOrganizationsPage }),
  },
  {
    path: paths.adminOrganization(),
    lazy: async () => ({ Component: (await import('../pages/admin/AdminOrganizationPage')).AdminOrganizationPage }),
  },
  {
    path: paths.adminUsers,
    lazy: async () => ({ Component: (await import('../pages/admin/AdminUsersPage')).AdminUsersPage }),
  },
  { path: paths.team, lazy: async () => ({ Component: (await import('../pages/admin/TeamPage')).TeamPage }) },
];
