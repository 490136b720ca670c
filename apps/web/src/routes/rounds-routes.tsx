import type { RouteObject } from 'react-router';

/** Public round and checklist pages; the officer's round and checklist forms. */
export const roundsRoutes: RouteObject[] = [];
