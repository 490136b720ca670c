import { Navigate, useNavigate } from 'react-router';
import { SignInForm, useCurrentUser } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../paths';

export function SignInPage() {
  const { user } = useCurrentUser();
  const navigate = useNavigate();

  if (user) return <Navigate to={paths.home} replace />;

  return (
    <>
      <PageHeading>Sign in</PageHeading>
      <p className="usa-intro">Sign in with the email address and password your program officer gave you.</p>
      <SignInForm onSignedIn={() => navigate(paths.home, { replace: true })} />
    </>
  );
}
