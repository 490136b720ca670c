import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After client-side navigation, moves focus to the target so screen reader and keyboard
 * users start at the new page's content, as they would after a full page load.
 */
export function useFocusOnRouteChange(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  // Compared with the previous path (not "first render") so a page load, even with
  // StrictMode's double effects, leaves focus where the browser put it.
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    target.current?.focus();
  }, [pathname, target]);
}
