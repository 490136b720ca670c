import type { MouseEvent } from 'react';
import { focusControl } from './focus';

/** A link to a field that focuses the field itself, not just scrolls to it. */
export function ControlLink({ id, children }: { id: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusControl(id)) event.preventDefault();
  };
  return (
    <a className="usa-link" href={`#${id}`} onClick={onClick}>
      {children}
    </a>
  );
}
