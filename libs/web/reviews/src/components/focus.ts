const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to the control with this id, so it can be fixed at once. A fieldset
 * of radios hands focus to its checked radio or its first control.
 */
export function focusControl(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}
