import { Link } from 'react-router';

export interface BreadcrumbsProps {
  /** Ancestors of the current page, outermost first. */
  trail: Array<{ label: string; to: string }>;
  current: string;
}

/** USWDS breadcrumb: where the page sits, with the current page last and unlinked. */
export function Breadcrumbs({ trail, current }: BreadcrumbsProps) {
  return (
    <nav className="usa-breadcrumb padding-top-0" aria-label="Breadcrumbs">
      <ol className="usa-breadcrumb__list">
        {trail.map(({ label, to }) => (
          <li key={to} className="usa-breadcrumb__list-item">
            <Link to={to} className="usa-breadcrumb__link">
              <span>{label}</span>
            </Link>
          </li>
        ))}
        <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
          <span>{current}</span>
        </li>
      </ol>
    </nav>
  );
}
