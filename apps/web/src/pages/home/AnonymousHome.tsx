import { Link } from 'react-router';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export function AnonymousHome() {
  return (
    <div className="usa-prose">
      <PageHeading>Opioid-settlement grants for post-overdose outreach</PageHeading>
      <p className="usa-intro">
        Abate is where fund administrators run competitive funding rounds, jurisdictions apply, reviewers score each
        application against a published best-practice checklist, and grantees report on their work every quarter.
      </p>
      <p>
        Program officers, applicants, reviewers and auditors sign in with the account their program officer created for
        them.
      </p>
      <p>
        <Link to={paths.signIn} className="usa-button">
          Sign in
        </Link>
      </p>
      <h2>Where the money goes</h2>
      <p>
        Anyone can see which jurisdictions received awards, what their outreach programs report each quarter and how the
        money is being spent, without signing in.
      </p>
      <p>
        <Link to={paths.transparency} className="usa-link">
          See where the opioid-settlement money went
        </Link>
      </p>
    </div>
  );
}
