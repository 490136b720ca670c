import { useEffect, useState } from 'react';

/**
 * The section nearest the top of the viewport, for the side navigation's
 * "current" marker, and a setter for jumps. Starts on the first section.
 */
export function useActiveSection(sectionIds: readonly string[]): [string | undefined, (id: string) => void] {
  const [active, setActive] = useState<string | undefined>(sectionIds[0]);
  const key = sectionIds.join(' ');

  useEffect(() => {
    const ids = key.split(' ');
    if (typeof IntersectionObserver === 'undefined') return;
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.set(entry.target.id, entry.boundingClientRect.top);
          else visible.delete(entry.target.id);
        }
        const first = ids.find((id) => visible.has(id));
        if (first) setActive(first);
      },
      // A band across the upper part of the viewport: the section being read.
      { rootMargin: '-10% 0px -60% 0px' },
    );
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [key]);

  return [active, setActive];
}
