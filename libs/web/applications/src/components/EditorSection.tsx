import type { ReactNode } from 'react';

export interface EditorSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * One section of the editor. The heading takes focus from the side navigation;
 * the section carries no accessible name of its own, so a field's label is the
 * only label that names it.
 */
export function EditorSection({ id, title, children }: EditorSectionProps) {
  return (
    <section id={id} className="abate-editor__section margin-bottom-6">
      <h2 id={`${id}-heading`} tabIndex={-1} className="margin-top-0 abate-editor__section-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}
