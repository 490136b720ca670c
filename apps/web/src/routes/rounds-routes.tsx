import type { RouteObject } from 'react-router';
import { paths } from '../paths';

/**
 * Public round and checklist pages; the officer's round and checklist forms.
 * Loaded on demand with the rounds feature.
 */
export const roundsRoutes: RouteObject[] = [
  { path: paths.rounds, lazy: async () => ({ Component: (await import('../pages/rounds/RoundsPage')).RoundsPage }) },
  { path: paths.round(), lazy: async () => ({ Component: (await import('../pages/rounds/RoundPage')).RoundPage }) },
  {
    path: paths.checklist(),
    lazy: async () => ({ Component: (await import('../pages/rounds/ChecklistPage')).ChecklistPage }),
  },
  {
    path: paths.newRound,
    lazy: async () => ({ Component: (await import('../pages/officer/NewRoundPage')).NewRoundPage }),
  },
  {
    path: paths.editRound(),
    lazy: async () => ({ Component: (await import('../pages/officer/EditRoundPage')).EditRoundPage }),
  },
  {
    path: paths.publishChecklist,
    lazy: async () => ({ Component: (await import('../pages/officer/PublishChecklistPage')).PublishChecklistPage }),
  },
];
