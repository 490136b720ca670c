import { useCurrentUser } from '@abate/web/identity';
import { AnonymousHome } from './AnonymousHome';
import { SignedInHome } from './SignedInHome';

export function HomePage() {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) {
    return (
      <p aria-live="polite" aria-busy="true">
        Loading…
      </p>
    );
  }
  return user ? <SignedInHome user={user} /> : <AnonymousHome />;
}
