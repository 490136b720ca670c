import type { RoundsLinks } from '@abate/web/rounds';
import { paths } from '../../paths';

/** The app's paths, as the rounds library's components link to them. */
export const roundsLinks: RoundsLinks = {
  rounds: paths.rounds,
  round: paths.round,
  newRound: paths.newRound,
  editRound: paths.editRound,
  checklist: paths.checklist,
  publishChecklist: paths.publishChecklist,
  applications: paths.applications,
  application: paths.application,
  signIn: paths.signIn,
};
