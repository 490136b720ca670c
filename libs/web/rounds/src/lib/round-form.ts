import { formatInZone, instantToZonedTime, isTimeZone, zonedTimeToInstant } from '@abate/shared/calendar';
import { formatDollars } from '@abate/shared/checklist';
import type { CreateFundingRoundInput, OrganizationKind, UpdateFundingRoundInput } from '@abate/web/core';
import type { RoundForEdit } from '../hooks/useRoundForEdit';
import { organizationKinds } from './labels';
import { centsToDollarsText, MAX_CENTS, parseDollars } from './money';
import { defaultTimeZone } from './time-zones';
import { fitsLimit, formatLimit, ROUND_DESCRIPTION_MAX_CHARS, TITLE_MAX_CHARS } from '@abate/shared/limits';

/** What the officer types: local date-times in the round's zone, dollars as text. */
export interface RoundFormValues {
  title: string;
  description: string;
  checklistKey: string;
  checklistVersion: string;
  timeZone: string;
  /** datetime-local text ("2026-12-01T09:00") in timeZone. */
  opensAt: string;
  closesAt: string;
  budget: string;
  minAward: string;
  maxAward: string;
  eligibleKinds: OrganizationKind[];
  reviewersPerApplication: string;
  /** YYYY-MM-DD */
  grantStart: string;
  grantEnd: string;
}

export type RoundField = keyof RoundFormValues;

/** Form order: the order errors are listed in. */
export const roundFields: RoundField[] = [
  'title',
  'description',
  'eligibleKinds',
  'timeZone',
  'opensAt',
  'closesAt',
  'budget',
  'minAward',
  'maxAward',
  'grantStart',
  'grantEnd',
  'checklistKey',
  'checklistVersion',
  'reviewersPerApplication',
];

export const ELIGIBLE_KINDS_ID = 'round-eligible-kinds';

/** The id of each field's control (the first checkbox for eligible kinds), for labels and error links. */
export const roundFieldIds: Record<RoundField, string> = {
  title: 'round-title',
  description: 'round-description',
  eligibleKinds: `${ELIGIBLE_KINDS_ID}-${organizationKinds[0]}`,
  timeZone: 'round-time-zone',
  opensAt: 'round-opens-at',
  closesAt: 'round-closes-at',
  budget: 'round-budget',
  minAward: 'round-min-award',
  maxAward: 'round-max-award',
  grantStart: 'round-grant-start',
  grantEnd: 'round-grant-end',
  checklistKey: 'round-checklist-key',
  checklistVersion: 'round-checklist-version',
  reviewersPerApplication: 'round-reviewers',
};

/** Fields a published round may still change (the API refuses the rest). */
export const editableWhenPublished = new Set<RoundField>(['title', 'description', 'closesAt']);

// The API names input fields; the form names some differently (dollars, not cents).
const formFieldOfInput: Record<keyof CreateFundingRoundInput, RoundField> = {
  title: 'title',
  description: 'description',
  checklistKey: 'checklistKey',
  checklistVersion: 'checklistVersion',
  timeZone: 'timeZone',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
  budgetCents: 'budget',
  minAwardCents: 'minAward',
  maxAwardCents: 'maxAward',
  eligibleKinds: 'eligibleKinds',
  reviewersPerApplication: 'reviewersPerApplication',
  grantStart: 'grantStart',
  grantEnd: 'grantEnd',
};

/** The form field an API error's `extensions.field` names (`input.closesAt`, `input.eligibleKinds.0`). */
export function roundFieldForPath(path: string): RoundField | undefined {
  const match = /^input\.([A-Za-z]+)/.exec(path);
  return match && match[1] in formFieldOfInput
    ? formFieldOfInput[match[1] as keyof CreateFundingRoundInput]
    : undefined;
}

export const DEFAULT_CHECKLIST = { key: 'porp-best-practice', version: '2023.1' } as const;

export function newRoundValues(): RoundFormValues {
  return {
    title: '',
    description: '',
    checklistKey: DEFAULT_CHECKLIST.key,
    checklistVersion: DEFAULT_CHECKLIST.version,
    timeZone: defaultTimeZone(),
    opensAt: '',
    closesAt: '',
    budget: '',
    minAward: '',
    maxAward: '',
    eligibleKinds: [],
    reviewersPerApplication: '3',
    grantStart: '',
    grantEnd: '',
  };
}

/** datetime-local text for a stored instant; seconds only when it has some (rounds made elsewhere). */
function localIn(instant: string, timeZone: string): string {
  const date = new Date(instant);
  const withSeconds = date.getUTCSeconds() !== 0;
  try {
    return instantToZonedTime(date, timeZone, withSeconds);
  } catch {
    return instantToZonedTime(date, 'UTC', withSeconds);
  }
}

/** A stored round as the form shows it: its instants as wall times in its own zone. */
export function roundToValues(round: RoundForEdit): RoundFormValues {
  return {
    title: round.title,
    description: round.description,
    checklistKey: round.checklist.key,
    checklistVersion: round.checklist.version,
    timeZone: round.timeZone,
    opensAt: localIn(round.opensAt, round.timeZone),
    closesAt: localIn(round.closesAt, round.timeZone),
    budget: centsToDollarsText(round.budgetCents),
    minAward: centsToDollarsText(round.minAwardCents),
    maxAward: centsToDollarsText(round.maxAwardCents),
    eligibleKinds: organizationKinds.filter((kind) => round.eligibleKinds.includes(kind)),
    reviewersPerApplication: String(round.reviewersPerApplication),
    grantStart: round.grantStart,
    grantEnd: round.grantEnd,
  };
}

/** The instant `local` names in `timeZone`, or null when either is not usable. */
export function toInstant(local: string, timeZone: string): Date | null {
  if (!local || !isTimeZone(timeZone)) return null;
  try {
    return zonedTimeToInstant(local, timeZone);
  } catch {
    return null;
  }
}

/** "Dec 28, 2026, 5:00:00 PM EST": how applicants will read the time; null while incomplete. */
export function previewInZone(local: string, timeZone: string): string | null {
  const instant = toInstant(local, timeZone);
  return instant ? formatInZone(instant, timeZone) : null;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isCalendarDate = (text: string) =>
  ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

export type RoundFieldErrors = Partial<Record<RoundField, string>>;

export interface RoundCheckOptions {
  /** For a published round: its deadline as stored, which may only move later. */
  publishedClosesAt?: string;
}

/** Everything wrong with the values, each against its field, before anything is sent. */
export function roundValueErrors(values: RoundFormValues, options: RoundCheckOptions = {}): RoundFieldErrors {
  const errors: RoundFieldErrors = {};
  const title = values.title.trim();
  if (title.length < 3) errors.title = 'Enter a title of at least 3 characters';
  else if (!fitsLimit(title, TITLE_MAX_CHARS))
    errors.title = `Shorten the title to ${formatLimit(TITLE_MAX_CHARS)} characters or fewer`;
  if (!values.description.trim()) errors.description = 'Enter a description of what the round funds';
  else if (!fitsLimit(values.description, ROUND_DESCRIPTION_MAX_CHARS))
    errors.description = `Shorten the description to ${formatLimit(ROUND_DESCRIPTION_MAX_CHARS)} characters or fewer`;
  if (values.eligibleKinds.length === 0)
    errors.eligibleKinds = 'Select at least one kind of organization that can apply';

  if (!isTimeZone(values.timeZone)) errors.timeZone = 'Select the round’s time zone';
  const opens = toInstant(values.opensAt, values.timeZone);
  const closes = toInstant(values.closesAt, values.timeZone);
  if (!values.opensAt) errors.opensAt = 'Enter the date and time the round opens';
  else if (!opens && !errors.timeZone) errors.opensAt = 'Enter the opening date and time, like 12/01/2026 09:00 AM';
  if (!values.closesAt) errors.closesAt = 'Enter the deadline’s date and time';
  else if (!closes && !errors.timeZone)
    errors.closesAt = 'Enter the deadline’s date and time, like 12/28/2026 05:00 PM';
  else if (opens && closes && closes.getTime() <= opens.getTime())
    errors.closesAt = 'The deadline must be after the round opens';
  if (closes && options.publishedClosesAt && closes.getTime() < new Date(options.publishedClosesAt).getTime()) {
    errors.closesAt = 'A published round’s deadline can only be extended, not brought forward';
  }

  const money = (field: 'budget' | 'minAward' | 'maxAward', what: string): bigint | null => {
    const text = values[field];
    if (!text.trim()) {
      errors[field] = `Enter the ${what} in dollars`;
      return null;
    }
    const cents = parseDollars(text);
    if (cents === null) errors[field] = `Enter the ${what} in dollars, like 250,000 or 250000.00`;
    else if (cents <= 0n) errors[field] = `The ${what} must be more than $0`;
    else if (cents > MAX_CENTS) errors[field] = `The ${what} must be ${formatDollars(MAX_CENTS)} or less`;
    else return cents;
    return null;
  };
  const budget = money('budget', 'budget');
  const minAward = money('minAward', 'smallest award');
  const maxAward = money('maxAward', 'largest award');
  if (minAward !== null && maxAward !== null && minAward > maxAward)
    errors.minAward = 'The smallest award must not be more than the largest award';
  if (maxAward !== null && budget !== null && maxAward > budget)
    errors.maxAward = 'The largest award must not be more than the budget';

  if (!values.grantStart) errors.grantStart = 'Enter the first day of the grant period';
  else if (!isCalendarDate(values.grantStart))
    errors.grantStart = 'Enter the first day of the grant period as a real date';
  if (!values.grantEnd) errors.grantEnd = 'Enter the last day of the grant period';
  else if (!isCalendarDate(values.grantEnd)) errors.grantEnd = 'Enter the last day of the grant period as a real date';
  else if (!errors.grantStart && values.grantEnd <= values.grantStart)
    errors.grantEnd = 'The grant period must end after it starts';

  if (!values.checklistKey.trim()) errors.checklistKey = 'Enter the checklist’s key, like porp-best-practice';
  if (!values.checklistVersion.trim()) errors.checklistVersion = 'Enter the checklist version, like 2023.1';
  const reviewers = values.reviewersPerApplication.trim();
  if (!/^\d+$/.test(reviewers) || Number(reviewers) < 1 || Number(reviewers) > 10) {
    errors.reviewersPerApplication = 'Enter how many reviewers score each application, a whole number from 1 to 10';
  }
  return errors;
}

/** The API input for valid values (check roundValueErrors first). */
export function toCreateInput(values: RoundFormValues): CreateFundingRoundInput {
  return {
    title: values.title.trim(),
    description: values.description,
    checklistKey: values.checklistKey.trim(),
    checklistVersion: values.checklistVersion.trim(),
    timeZone: values.timeZone,
    opensAt: zonedTimeToInstant(values.opensAt, values.timeZone).toISOString(),
    closesAt: zonedTimeToInstant(values.closesAt, values.timeZone).toISOString(),
    budgetCents: (parseDollars(values.budget) ?? 0n).toString(),
    minAwardCents: (parseDollars(values.minAward) ?? 0n).toString(),
    maxAwardCents: (parseDollars(values.maxAward) ?? 0n).toString(),
    eligibleKinds: values.eligibleKinds,
    reviewersPerApplication: Number(values.reviewersPerApplication.trim()),
    grantStart: values.grantStart,
    grantEnd: values.grantEnd,
  };
}

/**
 * Only what changed since `baseline` (a published round refuses even unchanged
 * locked fields). Moving the zone moves both instants, so they are sent too.
 */
export function toUpdateInput(values: RoundFormValues, baseline: RoundFormValues): UpdateFundingRoundInput {
  const next = toCreateInput(values);
  const input: UpdateFundingRoundInput = {};
  const zoneChanged = values.timeZone !== baseline.timeZone;
  if (values.title.trim() !== baseline.title.trim()) input.title = next.title;
  if (values.description !== baseline.description) input.description = next.description;
  if (
    values.checklistKey.trim() !== baseline.checklistKey.trim() ||
    values.checklistVersion.trim() !== baseline.checklistVersion.trim()
  ) {
    input.checklistKey = next.checklistKey;
    input.checklistVersion = next.checklistVersion;
  }
  if (zoneChanged) input.timeZone = next.timeZone;
  if (zoneChanged || values.opensAt !== baseline.opensAt) input.opensAt = next.opensAt;
  if (zoneChanged || values.closesAt !== baseline.closesAt) input.closesAt = next.closesAt;
  if (next.budgetCents !== (parseDollars(baseline.budget) ?? 0n).toString()) input.budgetCents = next.budgetCents;
  if (next.minAwardCents !== (parseDollars(baseline.minAward) ?? 0n).toString())
    input.minAwardCents = next.minAwardCents;
  if (next.maxAwardCents !== (parseDollars(baseline.maxAward) ?? 0n).toString())
    input.maxAwardCents = next.maxAwardCents;
  if (values.eligibleKinds.join() !== baseline.eligibleKinds.join()) input.eligibleKinds = next.eligibleKinds;
  if (values.reviewersPerApplication.trim() !== baseline.reviewersPerApplication.trim())
    input.reviewersPerApplication = next.reviewersPerApplication;
  if (values.grantStart !== baseline.grantStart) input.grantStart = next.grantStart;
  if (values.grantEnd !== baseline.grantEnd) input.grantEnd = next.grantEnd;
  return input;
}

/** True when the officer has changed anything since the values were loaded or saved. */
export function isDirty(values: RoundFormValues, baseline: RoundFormValues): boolean {
  return roundFields.some((field) => String(values[field]) !== String(baseline[field]));
}
