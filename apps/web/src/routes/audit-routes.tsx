import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/** The auditor's trail (officers read it too). Loaded on demand. */
export const auditRoutes: RouteObject[] = [
  {
    path: paths.auditTrail,
    lazy: async () => ({ Component: (await import('../pages/audit/AuditTrailPage')).AuditTrailPage }),
  },
];
