export { ReviewQueue, AssignmentStatusTag, type ReviewQueueProps } from './components/ReviewQueue';
export { ReviewWorkspace, type ReviewWorkspaceProps } from './components/ReviewWorkspace';
export { reviewStorageKey } from './hooks/useReviewAutosave';
