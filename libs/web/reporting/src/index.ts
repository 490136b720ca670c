// Grantee
export {
  AwardsList,
  AwardOverview,
  AwardCard,
  type AwardsListProps,
  type AwardOverviewProps,
  type AwardLinks,
  type AwardViewer,
} from './components/Awards';
export { ReportWorkspace, type ReportWorkspaceProps } from './components/ReportWorkspace';
export { reportStorageKey } from './hooks/useReportAutosave';

// Program officer and auditor
export { ReportQueue, type ReportQueueProps } from './components/ReportQueue';
export { ReportReview, type ReportReviewProps } from './components/ReportReview';
export { OutboxList } from './components/OutboxList';

// Shared with other features
export { MilestoneStatusTag, ReportStatusTag } from './components/StatusTags';
export { milestoneStatusLabels } from './model/labels';
