// Pages of the app compose these; the app passes its own paths (RoundsLinks).
export type { RoundsLinks } from './lib/links';

// Public
export {
  PublishedRounds,
  RoundCollection,
  RoundListSection,
  type PublishedRoundsProps,
  type RoundCollectionProps,
} from './components/RoundCollection';
export { OpenRoundsList, type OpenRoundsListProps } from './components/OpenRoundsList';
export { RoundOverview, type RoundOverviewProps, type RoundViewer } from './components/RoundOverview';
export { RoundStatusTag } from './components/RoundStatusTag';
export { ChecklistView } from './components/ChecklistView';
export { ChecklistRubric, type ChecklistRubricProps } from './components/ChecklistRubric';
export { Breadcrumbs, type BreadcrumbsProps } from './components/Breadcrumbs';
export { Loading, LoadFailed } from './components/LoadState';

// Program officer
export { OfficerRoundsTable, type OfficerRoundsTableProps } from './components/OfficerRoundsTable';
export {
  CreateRoundForm,
  EditRoundForm,
  type CreateRoundFormProps,
  type EditRoundFormProps,
} from './components/RoundForms';
export { PublishRoundButton, type PublishRoundButtonProps } from './components/PublishRoundButton';
export { CloseRoundButton, type CloseRoundButtonProps } from './components/CloseRoundButton';
export { ChecklistPublisher, type ChecklistPublisherProps } from './components/ChecklistPublisher';

// Data
export { useFundingRound, type RoundDetail } from './hooks/useFundingRound';
export { useRoundForEdit, type RoundForEdit } from './hooks/useRoundForEdit';
export { useChecklist, type ChecklistDetail } from './hooks/useChecklist';
export { useFundingRoundList, type RoundListItem, type FundingRoundList } from './hooks/useFundingRoundList';
export { isNotFound } from './lib/api-errors';

// Helpers other features may share
export { parseDollars, centsToDollarsText } from './lib/money';
export { roundStatusLabel, eligibleKindsText, organizationKindLabels } from './lib/labels';
export { checkChecklistText, type ChecklistCheck, type ChecklistProblem } from './lib/checklist-file';
