// Pages of the app compose these.

// Program officers and auditors
export { PortfolioDashboard } from './components/PortfolioDashboard';

// Everyone
export { TransparencyView } from './components/TransparencyView';

// Helpers
export {
  portfolioExportUrl,
  openDataUrl,
  PORTFOLIO_EXPORTS,
  OPEN_DATA,
  type PortfolioExportKind,
  type OpenDataName,
} from './lib/exports';
export { SUPPRESSION_SUMMARY } from './lib/public-outcomes';
