import { useQuery } from 'urql';
import { identityProviderQuery } from '../graphql/identity.documents';

/** Why a sign-in at the identity provider came back refused (`/sign-in?error=oidc_<reason>`). */
export const OIDC_ERRORS: Record<string, string> = {
  oidc_state: 'That sign-in link was stale or already used. Start again.',
  oidc_provider: 'Your identity provider did not complete the sign-in. Start again.',
  oidc_unverified_email:
    'Your identity provider did not confirm your email address, so Abate cannot match it to an account. Ask your program officer for an invitation.',
  oidc_no_account:
    'There is no Abate account for you yet, and your organization has not claimed your email domain. Ask your program officer for an invitation.',
  oidc_deactivated: 'Your Abate account is deactivated. Ask your program officer.',
  oidc_not_configured: 'Sign-in through an identity provider is not set up here.',
};

/** The "Sign in with your agency account" button, when a provider is configured. */
export function IdentityProviderSignIn({ returnTo }: { returnTo: string }) {
  const [{ data }] = useQuery({ query: identityProviderQuery });
  const provider = data?.identityProvider;
  if (!provider) return null;
  return (
    <p>
      <a
        className="usa-button usa-button--outline"
        href={`${provider.loginPath}?returnTo=${encodeURIComponent(returnTo)}`}
      >
        {provider.label}
      </a>
    </p>
  );
}
