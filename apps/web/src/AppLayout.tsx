import { useCallback } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import { AccountNav, SessionExpiryWarning, useCurrentUser, can } from '@abate/web/identity';
import { Layout } from '@abate/web/ui';
import { paths } from './paths';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'usa-nav__link usa-current' : 'usa-nav__link';

export function AppLayout() {
  const { user, apiUnavailable } = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  // A lapsed session: sign in again, then come back here.
  const onLapsed = useCallback(
    () => navigate(`${paths.signIn}?reason=expired&returnTo=${encodeURIComponent(here)}`, { replace: true }),
    [navigate, here],
  );

  const roles = user?.roles ?? [];
  const navItems = [
    <NavLink key="home" to={paths.home} end className={navLinkClass}>
      <span>Home</span>
    </NavLink>,
    <NavLink key="rounds" to={paths.rounds} className={navLinkClass}>
      <span>Funding rounds</span>
    </NavLink>,
    ...(can.apply(roles)
      ? [
          <NavLink key="applications" to={paths.applications} className={navLinkClass}>
            <span>Your applications</span>
          </NavLink>,
        ]
      : []),
    ...(can.apply(roles)
      ? [
          <NavLink key="awards" to={paths.awards} className={navLinkClass}>
            <span>Your awards</span>
          </NavLink>,
        ]
      : []),
    ...(can.readAll(roles)
      ? [
          <NavLink key="reports" to={paths.reportQueue} className={navLinkClass}>
            <span>Reports</span>
          </NavLink>,
          <NavLink key="portfolio" to={paths.portfolio} className={navLinkClass}>
            <span>Portfolio</span>
          </NavLink>,
        ]
      : []),
    ...(can.readBooks(roles)
      ? [
          <NavLink key="funds" to={paths.funds} className={navLinkClass}>
            <span>Settlement funds</span>
          </NavLink>,
        ]
      : []),
    ...(can.review(roles)
      ? [
          <NavLink key="reviews" to={paths.reviews} className={navLinkClass}>
            <span>Your reviews</span>
          </NavLink>,
        ]
      : []),
    <NavLink key="transparency" to={paths.transparency} className={navLinkClass}>
      <span>Where the money went</span>
    </NavLink>,
    // Settlement fund spending is linked from this page, not the header, which has no room left.
    ...(user
      ? []
      : [
          <NavLink key="sign-in" to={paths.signIn} className={navLinkClass}>
            <span>Sign in</span>
          </NavLink>,
        ]),
  ];

  const notice = apiUnavailable && (
    <Alert type="warning" slim className="margin-bottom-4" role="status">
      <AlertText>
        Abate’s service can’t be reached right now, so you are browsing as a guest. Try again in a few minutes.
      </AlertText>
    </Alert>
  );

  return (
    <Layout
      navItems={navItems}
      account={user && <AccountNav user={user} onSignedOut={() => navigate(paths.signIn)} />}
      notice={notice}
    >
      <Outlet />
      {user && <SessionExpiryWarning key={user.id} expiresAt={user.sessionExpiresAt} onLapsed={onLapsed} />}
    </Layout>
  );
}
