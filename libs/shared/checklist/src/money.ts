/**
 * US dollars for people: "$1,234.56", and whole dollars without cents
 * ("$50,000"). Amounts are integer cents; a fraction of a cent is rounded.
 */
export function formatDollars(cents: number): string {
  if (!Number.isFinite(cents)) return String(cents);
  const rounded = Math.round(Math.abs(cents));
  const dollars = Math.floor(rounded / 100);
  const rest = rounded % 100;
  const grouped = String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = cents < 0 && rounded !== 0 ? '-' : '';
  return `${sign}$${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}
