import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ChooseNewPassword } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  return (
    <>
      <PageHeading>Choose a new password</PageHeading>
      {done ? (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Your password is changed</h2>
            <p className="usa-alert__text">
              You are signed out everywhere. <Link to={paths.signIn}>Sign in</Link> with your new password.
            </p>
          </div>
        </div>
      ) : (
        <ChooseNewPassword token={token} onDone={() => setDone(true)} />
      )}
    </>
  );
}
