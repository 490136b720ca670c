import { EXPORT_TABLES, exportUrl } from '../lib/exports';

/** The board-packet downloads: each table as CSV and as an Excel workbook, straight from the API. */
export function ExportLinks({ roundId }: { roundId: string }) {
  return (
    <ul className="usa-list usa-list--unstyled">
      {EXPORT_TABLES.map(({ table, label, description }) => (
        <li key={table} className="margin-bottom-2">
          <span className="display-block text-bold">{label}</span>
          <span className="display-block margin-bottom-05">{description}</span>
          <a className="usa-link margin-right-3" href={exportUrl(roundId, table, 'csv')} download>
            <span className="usa-sr-only">Download {label} as </span>CSV
          </a>
          <a className="usa-link" href={exportUrl(roundId, table, 'xlsx')} download>
            <span className="usa-sr-only">Download {label} as </span>Excel (XLSX)
          </a>
        </li>
      ))}
    </ul>
  );
}
