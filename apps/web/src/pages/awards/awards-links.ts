import type { AwardsLinks } from '@abate/web/awards';
import { paths } from '../../paths';

/** The app's paths, as the awards library's components link to them. */
export const awardsLinks: AwardsLinks = {
  round: paths.round,
  assignReviewers: paths.assignReviewers,
  ranking: paths.ranking,
  compare: paths.compare,
};
