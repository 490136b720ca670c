/** The trail's filters as the form (and the page's address) holds them: dates are whole days, yyyy-mm-dd. */
export interface AuditFilterForm {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export const EMPTY_FILTER: AuditFilterForm = { actor: '', action: '', entityType: '', entityId: '', from: '', to: '' };

/** The API's variables: `from` is the start of that day, `to` the start of the day after (the API's `to` is exclusive). */
export type AuditVariables = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Midnight at the start of a yyyy-mm-dd day in the browser's time zone, plus `days`; null when not a real day. */
export function startOfDay(day: string, days = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  date.setDate(date.getDate() + days);
  return date;
}

export function filterFromParams(params: URLSearchParams): AuditFilterForm {
  const form = { ...EMPTY_FILTER };
  for (const key of FILTER_KEYS) form[key] = params.get(key)?.trim() ?? '';
  return form;
}

export function filterToParams(form: AuditFilterForm): Record<string, string> {
  return Object.fromEntries(FILTER_KEYS.filter((k) => form[k].trim()).map((k) => [k, form[k].trim()]));
}

/** What is wrong with the form, by field; empty when it can be sent. */
export function filterProblems(form: AuditFilterForm): Partial<Record<keyof AuditFilterForm, string>> {
  const problems: Partial<Record<keyof AuditFilterForm, string>> = {};
  if (form.entityId.trim() && !UUID.test(form.entityId.trim()))
    problems.entityId = 'Enter the record’s id, such as 3f2b6c1e-9d4a-4c8b-a1f0-2e7d5b9c0a13';
  if (form.action.trim() && !/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(form.action.trim()))
    problems.action = 'Enter an action such as award.create, or its first part such as award';
  if (form.entityType.trim() && !/^[A-Za-z]+$/.test(form.entityType.trim()))
    problems.entityType = 'Enter a record type such as Award or FundingRound (letters only)';
  if (form.from && !startOfDay(form.from)) problems.from = 'Enter a real date';
  if (form.to && !startOfDay(form.to)) problems.to = 'Enter a real date';
  const from = startOfDay(form.from);
  const to = startOfDay(form.to);
  if (from && to && from > to) problems.to = 'The end date must not be before the start date';
  return problems;
}

/** The variables of the query and the download for a form without problems. */
export function filterVariables(form: AuditFilterForm): AuditVariables {
  const vars: AuditVariables = {};
  for (const key of ['actor', 'action', 'entityType', 'entityId'] as const)
    if (form[key].trim()) vars[key] = form[key].trim();
  const from = startOfDay(form.from);
  const to = startOfDay(form.to, 1);
  if (from) vars.from = from.toISOString();
  if (to) vars.to = to.toISOString();
  return vars;
}

/** The download's address for these variables. */
export function exportHref(format: 'csv' | 'xlsx', vars: AuditVariables): string {
  const query = new URLSearchParams(vars as Record<string, string>).toString();
  return `/api/audit/exports/audit-trail.${format}${query ? `?${query}` : ''}`;
}
