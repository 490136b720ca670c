import { lazy, Suspense } from 'react';
import { useCurrentUser } from '@abate/web/identity';
import { AnonymousHome } from './AnonymousHome';

// The signed-in home reads every role's queue (home, reporting, ledger, payments): a chunk of
// its own, so a first visit downloads only what the public home page needs.
const SignedInHome = lazy(async () => ({ default: (await import('./SignedInHome')).SignedInHome }));

const loading = (
  <p aria-live="polite" aria-busy="true">
    Loading…
  </p>
);

export function HomePage() {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return loading;
  return user ? (
    <Suspense fallback={loading}>
      <SignedInHome user={user} />
    </Suspense>
  ) : (
    <AnonymousHome />
  );
}
