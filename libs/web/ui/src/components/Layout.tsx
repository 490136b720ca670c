import { useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Footer, GridContainer, Header, NavMenuButton, PrimaryNav, Title } from '@trussworks/react-uswds';
import { useFocusOnRouteChange } from '../hooks/useFocusOnRouteChange';
import './Layout.css';

export interface LayoutProps {
  /** Links for the primary navigation. */
  navItems: ReactNode[];
  /** Shown at the end of the header navigation, e.g. the signed-in user and a sign-out button. */
  account?: ReactNode;
  /** Site-wide message shown above the page content. */
  notice?: ReactNode;
  children: ReactNode;
}

export function Layout({ navItems, account, notice, children }: LayoutProps) {
  const { pathname } = useLocation();
  // The mobile menu belongs to the page it was opened on, so navigating closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const toggleMenu = () => setMenuOpenOn(menuOpen ? null : pathname);
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnRouteChange(mainRef);

  return (
    // Flex column over the full viewport keeps the footer at the bottom of short pages.
    <div className="display-flex flex-column minh-viewport">
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <Header basic showMobileOverlay={menuOpen}>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <Link to="/" aria-label="Abate home">
                Abate
              </Link>
            </Title>
            <NavMenuButton label="Menu" onClick={toggleMenu} />
          </div>
          <PrimaryNav
            aria-label="Primary navigation"
            items={navItems}
            mobileExpanded={menuOpen}
            onToggleMobileNav={toggleMenu}
          >
            {account}
          </PrimaryNav>
        </div>
      </Header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="usa-section padding-top-4 flex-fill">
        <GridContainer>
          {notice}
          {children}
        </GridContainer>
      </main>
      <Footer
        size="slim"
        primary={
          <GridContainer className="padding-y-2">
            <p className="margin-0 text-bold">Abate: grants for post-overdose outreach, funded by opioid settlements</p>
          </GridContainer>
        }
        secondary={
          <p className="margin-0 font-sans-3xs">
            Abate never stores identifiable information about overdose survivors. Reports carry aggregate counts only.
          </p>
        }
      />
    </div>
  );
}
