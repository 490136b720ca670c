import type { MouseEvent } from 'react';
import { useActiveSection } from '../hooks/useActiveSection';

export interface EditorNavSection {
  id: string;
  title: string;
  /** A short note under the title, e.g. "2 of 4 answered". */
  note?: string;
}

/** USWDS side navigation over the editor's sections; moves focus to the section heading. */
export function EditorSideNav({ sections }: { sections: readonly EditorNavSection[] }) {
  const [active, setActive] = useActiveSection(sections.map((section) => section.id));

  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    // A section's own heading, or the first one inside it (the attachments panel brings its own).
    const heading =
      document.getElementById(`${id}-heading`) ??
      document.getElementById(id)?.querySelector<HTMLElement>('h2[tabindex]');
    if (!heading) return;
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    setActive(id);
  };

  return (
    <nav aria-label="Application sections" className="abate-editor__nav margin-bottom-4">
      <ul className="usa-sidenav">
        {sections.map((section) => (
          <li key={section.id} className="usa-sidenav__item">
            <a
              href={`#${section.id}`}
              className={active === section.id ? 'usa-current' : undefined}
              aria-current={active === section.id ? 'location' : undefined}
              onClick={(event) => jump(event, section.id)}
            >
              {section.title}
              {section.note && (
                <span className="display-block font-sans-3xs text-base-dark text-normal">{section.note}</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
