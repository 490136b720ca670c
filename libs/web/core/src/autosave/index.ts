export {
  AutosaveController,
  STOPPING_CODES,
  type AutosaveControllerOptions,
  type AutosaveModel,
  type AutosaveState,
  type AutosaveTransport,
  type AutosaveTypes,
  type KeptChanges,
  type SaveOutcome,
  type SaveStatus,
  type TransportResult,
} from './autosave-controller';
export {
  browserAutosaveStorage,
  memoryAutosaveStorage,
  parseStoredDraft,
  type AutosaveStorage,
  type StoredDraft,
} from './autosave-storage';
export { canSaveNow, saveStatusText, type SaveStatusWording } from './save-status';
export { formatSavedAt } from './format';
export { useAutosave } from './useAutosave';
export { transportResult, useAutosavedRecord, type AutosavedRecordOptions } from './useAutosavedRecord';
export { useSubmitAfterSave, type SubmitAfterSaveOptions, type SubmitFailure } from './useSubmitAfterSave';
export { SaveStatusBar, type SaveStatusBarProps } from './SaveStatusBar';
export { AutosaveNotices, type AutosaveNoticesProps, type AutosaveNoticesWording } from './AutosaveNotices';
export { KeptChangesPanel, type KeptChangesPanelProps } from './KeptChangesPanel';
