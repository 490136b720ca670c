import { Link } from 'react-router';
import { roleLabels, sortRoles, type CurrentUser, can } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { roleTasks } from './role-tasks';

export function SignedInHome({ user }: { user: CurrentUser }) {
  return (
    <div className="usa-prose">
      <PageHeading>{`Welcome, ${user.name}`}</PageHeading>
      {sortRoles(user.roles).map((role) => (
        <section key={role} aria-labelledby={`role-${role}`}>
          <h2 id={`role-${role}`}>{roleLabels[role]}</h2>
          <p>As {withArticle(roleLabels[role].toLowerCase())}, you will be able to:</p>
          <ul>
            {roleTasks[role].map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
          {can.apply([role]) && (
            <p>
              <Link to={paths.applications} className="usa-button">
                Go to your applications
              </Link>
              <Link to={paths.awards} className="usa-button usa-button--outline">
                Go to your awards
              </Link>
            </p>
          )}
          {can.manage([role]) && (
            <p>
              <Link to={paths.reportQueue} className="usa-button">
                Review quarterly reports
              </Link>
            </p>
          )}
          {can.readAll([role]) && (
            <p>
              <Link to={paths.portfolio} className="usa-button usa-button--outline">
                See portfolio outcomes
              </Link>
            </p>
          )}
          {can.review([role]) && (
            <p>
              <Link to={paths.reviews} className="usa-button">
                Go to your reviews
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
