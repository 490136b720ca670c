import { Link } from 'react-router';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <div className="usa-prose">
      <PageHeading>Page not found</PageHeading>
      <p className="usa-intro">
        We’re sorry, we can’t find the page you’re looking for. It might have been removed, changed its name, or is
        otherwise unavailable.
      </p>
      <p>If you typed the URL directly, check your spelling and capitalization.</p>
      <p>
        <Link to={paths.home} className="usa-button">
          Go to the Abate home page
        </Link>
      </p>
    </div>
  );
}
