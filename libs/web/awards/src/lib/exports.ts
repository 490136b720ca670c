/** The board-packet tables the API exports, and what each holds. */
export const EXPORT_TABLES = [
  {
    table: 'ranking',
    label: 'Ranking',
    description: 'One row per application: rank, scores, flags, recommended amount and decision.',
  },
  {
    table: 'item-scores',
    label: 'Item scores',
    description: 'The mean rating of every checklist item for every application.',
  },
  {
    table: 'reviewer-scores',
    label: 'Reviewer scores',
    description: 'Each reviewer’s total for each application they reviewed.',
  },
] as const;

export type ExportTable = (typeof EXPORT_TABLES)[number]['table'];
export type ExportFormat = 'csv' | 'xlsx';

/** A plain download from the API, authorized by the session cookie: /api/rounds/:roundId/exports/ranking.csv. */
export function exportUrl(roundId: string, table: ExportTable, format: ExportFormat): string {
  return `/api/rounds/${encodeURIComponent(roundId)}/exports/${table}.${format}`;
}
