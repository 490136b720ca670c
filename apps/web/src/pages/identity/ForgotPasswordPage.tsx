import { RequestPasswordReset } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';

export function ForgotPasswordPage() {
  return (
    <>
      <PageHeading>Reset your password</PageHeading>
      <p className="usa-intro">
        Enter the email address you sign in with. We will send a link to choose a new password.
      </p>
      <RequestPasswordReset />
    </>
  );
}
