import { OPEN_DATA, openDataUrl, PORTFOLIO_EXPORTS, portfolioExportUrl } from '../lib/exports';

/** The dashboard's figures as CSV and Excel files, for the chosen round (or every round), straight from the API. */
export function PortfolioExportLinks({ roundId }: { roundId: string | null }) {
  return (
    <ul className="usa-list usa-list--unstyled">
      {PORTFOLIO_EXPORTS.map(({ kind, label, description }) => (
        <li key={kind} className="margin-bottom-2">
          <span className="display-block text-bold">{label}</span>
          <span className="display-block margin-bottom-05">{description}</span>
          <a className="usa-link margin-right-3" href={portfolioExportUrl(kind, 'csv', roundId)} download>
            <span className="usa-sr-only">Download {label} as </span>CSV
          </a>
          <a className="usa-link" href={portfolioExportUrl(kind, 'xlsx', roundId)} download>
            <span className="usa-sr-only">Download {label} as </span>Excel (XLSX)
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The public open data as CSV and JSON, for the chosen round (or every round). */
export function OpenDataLinks({ roundId }: { roundId: string | null }) {
  return (
    <ul className="usa-list usa-list--unstyled">
      {OPEN_DATA.map(({ name, label, description }) => (
        <li key={name} className="margin-bottom-2">
          <span className="display-block text-bold">{label}</span>
          <span className="display-block margin-bottom-05">{description}</span>
          <a className="usa-link margin-right-3" href={openDataUrl(name, 'csv', roundId)} download>
            <span className="usa-sr-only">Download {label} as </span>CSV
          </a>
          <a className="usa-link" href={openDataUrl(name, 'json', roundId)} download>
            <span className="usa-sr-only">Download {label} as </span>JSON
          </a>
        </li>
      ))}
    </ul>
  );
}
