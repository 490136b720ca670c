/** The dashboard's downloads (officers and auditors, by session cookie), and what each holds. */
export const PORTFOLIO_EXPORTS = [
  {
    kind: 'metrics-by-quarter',
    label: 'Metrics by quarter',
    description: 'Every standard metric and derived rate, one row per quarter.',
  },
  {
    kind: 'grantees',
    label: 'Grantees',
    description: 'One row per grantee: award, budget, spending, targets against actuals, flags and overdue reports.',
  },
  {
    kind: 'spending',
    label: 'Spending',
    description: 'Spending against the approved budget, per grantee and budget category.',
  },
] as const;

export type PortfolioExportKind = (typeof PORTFOLIO_EXPORTS)[number]['kind'];
export type PortfolioExportFormat = 'csv' | 'xlsx';

/** The public open data, for anyone. */
export const OPEN_DATA = [
  {
    name: 'awards',
    label: 'Awards',
    description: 'Each award: jurisdiction, amount, grant period, status and the funded program.',
  },
  {
    name: 'outcomes',
    label: 'Outcomes',
    description: 'Each metric by quarter, with small counts suppressed, and spending by budget category.',
  },
] as const;

export type OpenDataName = (typeof OPEN_DATA)[number]['name'];
export type OpenDataFormat = 'csv' | 'json';

const withRound = (path: string, roundId: string | null) =>
  roundId ? `${path}?roundId=${encodeURIComponent(roundId)}` : path;

/** /api/portfolio/exports/grantees.xlsx?roundId=… (no roundId: every round). */
export function portfolioExportUrl(
  kind: PortfolioExportKind,
  format: PortfolioExportFormat,
  roundId: string | null,
): string {
  return withRound(`/api/portfolio/exports/${kind}.${format}`, roundId);
}

/** /api/public/outcomes.json?roundId=… (no roundId: every round). */
export function openDataUrl(name: OpenDataName, format: OpenDataFormat, roundId: string | null): string {
  return withRound(`/api/public/${name}.${format}`, roundId);
}
