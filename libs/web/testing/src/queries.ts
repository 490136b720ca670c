import { screen, within } from '@testing-library/react';

/** The form's error summary ("There is a problem"), or null when none is shown. */
export function queryErrorSummary(): HTMLElement | null {
  return screen.queryByRole('heading', { name: 'There is a problem' })?.closest<HTMLElement>('[role="alert"]') ?? null;
}

/** The messages the error summary lists, each with the id of the field it links to (or null). */
export function errorSummaryItems(): Array<{ message: string; fieldId: string | null }> {
  const summary = queryErrorSummary();
  if (!summary) return [];
  return within(summary)
    .getAllByRole('listitem')
    .map((item) => ({
      message: item.textContent?.trim() ?? '',
      fieldId: item.querySelector('a')?.getAttribute('href')?.replace(/^#/, '') ?? null,
    }));
}
