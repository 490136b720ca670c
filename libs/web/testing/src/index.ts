// Helpers for the web's component and hook tests (Vitest + Testing Library); never imported by app code.
export {
  combinedError,
  mockClient,
  type MockCall,
  type MockError,
  type MockHandler,
  type MockResponse,
} from './mock-client';
export { renderWithApi, type Rendered, type RenderOptions } from './render';
export { errorSummaryItems, queryErrorSummary } from './queries';
export { advanceTimers, fakeAutosaveClock, saveStatus } from './autosave';
