/**
 * The element id of a validation field path: dots become "__", so
 * `responses.services.naloxone.narrative` is `responses__services__naloxone__narrative`
 * and `budgetLines.0.amountCents` is `budgetLines__0__amountCents`.
 */
export function fieldId(path: string): string {
  return path.replace(/\./g, '__');
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to the field with this id. A container (a fieldset of radios, the
 * budget table) hands focus to its checked radio or first control.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches('input, select, textarea, button')
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}
