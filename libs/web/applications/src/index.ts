export { ApplicantDashboard, type ApplicantDashboardProps } from './components/ApplicantDashboard';
export { ApplicationWorkspace, type ApplicationWorkspaceProps } from './components/ApplicationWorkspace';
export { ApplicationEditor, type ApplicationEditorProps } from './components/ApplicationEditor';
export { ApplicationReadOnly, type ApplicationReadOnlyProps } from './components/ApplicationReadOnly';
export { ApplicationReceipt, type ApplicationReceiptProps } from './components/ApplicationReceipt';
export { fieldId } from './model/field-ids';
export { draftStorageKey } from './model/draft-storage';
// Shown to reviewers too.
export { SafeguardFlagList } from './components/SafeguardFlags';
export {
  BudgetTable,
  LawEnforcementFacts,
  TargetsTable,
  type BudgetTableProps,
  type LawEnforcementFactsProps,
  type TargetsTableProps,
} from './components/ReadOnlyFacts';
