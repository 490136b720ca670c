// Pages of the app compose these; the app passes its own paths (AwardsLinks).
export type { AwardsLinks } from './lib/links';

// Program officers (auditors read the same without actions)
export { AssignmentsView, type AssignmentsViewProps } from './components/AssignmentsView';
export { RankingView, type RankingViewProps } from './components/RankingView';
export { CompareView, type CompareViewProps } from './components/CompareView';
export { RoundReviewNav, type RoundReviewNavProps } from './components/RoundReviewNav';

// Helpers
export { parseCompareIds, compareSearch, MIN_COMPARE, MAX_COMPARE } from './lib/compare';
export { exportUrl, EXPORT_TABLES, type ExportTable, type ExportFormat } from './lib/exports';
