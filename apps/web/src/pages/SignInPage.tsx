import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { IdentityProviderSignIn, OIDC_ERRORS, safeReturnPath, SignInForm, useCurrentUser } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../paths';

/** Only paths inside the app are places to go back to after signing in. */
const safeReturnTo = (value: string | null) => safeReturnPath(value, paths.signIn, paths.home);

export function SignInPage() {
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const providerError = OIDC_ERRORS[params.get('error') ?? ''];
  const expired = params.get('reason') === 'expired';

  if (user) return <Navigate to={returnTo} replace />;

  return (
    <>
      <PageHeading>Sign in</PageHeading>
      {expired && !providerError && (
        <div className="usa-alert usa-alert--info" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Your session ended</h2>
            <p className="usa-alert__text">
              Your session reached its time limit, so you were signed out to protect your information. Sign in again to
              go back to where you were.
            </p>
          </div>
        </div>
      )}
      {providerError && (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">You are not signed in</h2>
            <p className="usa-alert__text">{providerError}</p>
          </div>
        </div>
      )}
      <IdentityProviderSignIn returnTo={returnTo} />
      <p className="usa-intro">Sign in with your email address and password.</p>
      <SignInForm onSignedIn={() => navigate(returnTo, { replace: true })} />
      <p>
        <Link to={paths.forgotPassword}>Forgot your password?</Link>
      </p>
    </>
  );
}
