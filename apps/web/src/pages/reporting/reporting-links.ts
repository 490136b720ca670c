import type { AwardLinks } from '@abate/web/reporting';
import { paths } from '../../paths';

/** The app's paths as the reporting pages link to them. */
export const awardLinks: AwardLinks = {
  reportHref: (milestoneId) => paths.report(milestoneId),
  reviewHref: (reportId) => paths.reportReview(reportId),
  awardHref: (awardId) => paths.award(awardId),
};
