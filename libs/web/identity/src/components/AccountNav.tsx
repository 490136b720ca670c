import { Button } from '@trussworks/react-uswds';
import type { CurrentUser } from '../hooks/useCurrentUser';
import { useSignOut } from '../hooks/useSignOut';
import { roleLabels, sortRoles } from '../role-labels';

export interface AccountNavProps {
  user: CurrentUser;
  onSignedOut: () => void;
}

/** The signed-in user's name and roles, and a sign-out button, for the site header. */
export function AccountNav({ user, onSignedOut }: AccountNavProps) {
  const { signOut, fetching, failed } = useSignOut();
  const roles = sortRoles(user.roles)
    .map((role) => roleLabels[role])
    .join(', ');

  const handleSignOut = async () => {
    if (await signOut()) onSignedOut();
  };

  return (
    <div className="display-flex flex-align-center flex-wrap margin-left-2">
      <span className="margin-right-2 text-bold">
        {user.name} · {roles}
      </span>
      <Button type="button" outline className="margin-right-0" onClick={handleSignOut} disabled={fetching}>
        Sign out
      </Button>
      {failed && (
        <span role="alert" className="text-secondary-dark margin-left-1">
          Sign-out failed. Try again.
        </span>
      )}
    </div>
  );
}
