import { Link } from 'react-router';
import { roleLabels, sortRoles, type CurrentUser } from '@abate/web/identity';
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
          {role === 'APPLICANT' && (
            <p>
              <Link to={paths.applications} className="usa-button">
                Go to your applications
              </Link>
              <Link to={paths.awards} className="usa-button usa-button--outline">
                Go to your awards
              </Link>
            </p>
          )}
          {role === 'PROGRAM_OFFICER' && (
            <p>
              <Link to={paths.reportQueue} className="usa-button">
                Review quarterly reports
              </Link>
            </p>
          )}
          {(role === 'PROGRAM_OFFICER' || role === 'AUDITOR') && (
            <p>
              <Link to={paths.portfolio} className="usa-button usa-button--outline">
                See portfolio outcomes
              </Link>
            </p>
          )}
          {role === 'REVIEWER' && (
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
