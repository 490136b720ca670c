import type { RouteObject } from 'react-router';
import { paths } from '../paths';
import { ChecklistPage } from '../pages/rounds/ChecklistPage';
import { RoundPage } from '../pages/rounds/RoundPage';
import { RoundsPage } from '../pages/rounds/RoundsPage';
import { EditRoundPage } from '../pages/officer/EditRoundPage';
import { NewRoundPage } from '../pages/officer/NewRoundPage';
import { PublishChecklistPage } from '../pages/officer/PublishChecklistPage';

/** Public round and checklist pages; the officer's round and checklist forms. */
export const roundsRoutes: RouteObject[] = [
  { path: paths.rounds, element: <RoundsPage /> },
  { path: paths.round(), element: <RoundPage /> },
  { path: paths.checklist(), element: <ChecklistPage /> },
  { path: paths.newRound, element: <NewRoundPage /> },
  { path: paths.editRound(), element: <EditRoundPage /> },
  { path: paths.publishChecklist, element: <PublishChecklistPage /> },
];
