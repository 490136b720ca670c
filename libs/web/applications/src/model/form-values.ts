import type { ApplicantEditorApplicationFragment, ApplicationInput, LawEnforcementRole } from '@abate/web/core';
import type { ApplicationAnswers } from '@abate/shared/checklist';
import { BUDGET_CATEGORY_KEYS, METRIC_KEYS } from '@abate/shared/metrics';
import { centsToDollarInput, parseDollars } from './money';
import { NARRATIVE_MAX_CHARS, TITLE_MAX_CHARS } from '@abate/shared/limits';

export type EditorApplication = ApplicantEditorApplicationFragment;

/** The API's limits (ApplicationInput), checked here so a save is not refused for them. */
export const TITLE_MAX = TITLE_MAX_CHARS;
export const SUMMARY_MAX = NARRATIVE_MAX_CHARS;
export const NARRATIVE_MAX = NARRATIVE_MAX_CHARS;
export const BUDGET_DESCRIPTION_MAX = 500;
export const TARGET_MAX = 1_000_000_000;

export interface ResponseValues {
  narrative: string;
  /** '' until rated, else '0'..'3'. */
  selfRating: string;
}

export interface BudgetRow {
  /** Local key for React; not sent. */
  rowId: string;
  category: string;
  description: string;
  /** Dollars as typed. */
  amount: string;
}

export interface TargetRow {
  rowId: string;
  metricKey: string;
  /** As typed. */
  value: string;
}

/** The form as the applicant sees it: text as typed, before it is parsed for the API. */
export interface FormValues {
  title: string;
  summary: string;
  /** Requested amount in dollars, as typed. */
  requested: string;
  lawEnforcementRole: LawEnforcementRole | '';
  warrantChecks: '' | 'yes' | 'no';
  responses: Readonly<Record<string, ResponseValues>>;
  budgetLines: readonly BudgetRow[];
  targets: readonly TargetRow[];
}

export const EMPTY_RESPONSE: ResponseValues = { narrative: '', selfRating: '' };

export const FIXED_PARTS = [
  'title',
  'summary',
  'requestedCents',
  'lawEnforcementRole',
  'warrantChecks',
  'budgetLines',
  'targets',
] as const;
export type FixedPart = (typeof FIXED_PARTS)[number];
/**
 * A unit of saving: one top-level answer, the whole budget, all targets, or
 * one checklist item's response (`responses.<itemKey>`), matching how
 * saveApplication merges its input.
 */
export type PartKey = FixedPart | `responses.${string}`;

const RESPONSES_PREFIX = 'responses.';
export const responsePart = (itemKey: string): PartKey => `responses.${itemKey}`;
export const itemKeyOfPart = (part: PartKey): string | null =>
  part.startsWith(RESPONSES_PREFIX) ? part.slice(RESPONSES_PREFIX.length) : null;

export function allParts(itemKeys: readonly string[]): PartKey[] {
  return [...FIXED_PARTS, ...itemKeys.map(responsePart)];
}

let rowCounter = 0;
export function newRowId(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyBudgetRow(): BudgetRow {
  return { rowId: newRowId(), category: '', description: '', amount: '' };
}

export function emptyTargetRow(): TargetRow {
  return { rowId: newRowId(), metricKey: '', value: '' };
}

export function fromServer(
  app: Pick<
    EditorApplication,
    | 'title'
    | 'summary'
    | 'requestedCents'
    | 'lawEnforcementRole'
    | 'warrantChecks'
    | 'responses'
    | 'budgetLines'
    | 'targets'
  >,
): FormValues {
  const responses: Record<string, ResponseValues> = {};
  for (const response of app.responses) {
    responses[response.itemKey] = {
      narrative: response.narrative,
      selfRating: response.selfRating === null ? '' : String(response.selfRating),
    };
  }
  return {
    title: app.title ?? '',
    summary: app.summary ?? '',
    requested: centsToDollarInput(app.requestedCents),
    lawEnforcementRole: app.lawEnforcementRole ?? '',
    warrantChecks: app.warrantChecks === null ? '' : app.warrantChecks ? 'yes' : 'no',
    responses,
    budgetLines: app.budgetLines.map((line) => ({
      rowId: newRowId(),
      category: line.category,
      description: line.description,
      amount: centsToDollarInput(line.amountCents),
    })),
    targets: app.targets.map((target) => ({
      rowId: newRowId(),
      metricKey: target.metricKey,
      value: String(target.value),
    })),
  };
}

export function responseValues(values: FormValues, itemKey: string): ResponseValues {
  return values.responses[itemKey] ?? EMPTY_RESPONSE;
}

/** A part's value without local row keys: what is compared, stored on the device and shown back. */
export type PartValue = string | ResponseValues | Array<Omit<BudgetRow, 'rowId'>> | Array<Omit<TargetRow, 'rowId'>>;

export function partValue(values: FormValues, part: PartKey): PartValue {
  switch (part) {
    case 'title':
      return values.title;
    case 'summary':
      return values.summary;
    case 'requestedCents':
      return values.requested;
    case 'lawEnforcementRole':
      return values.lawEnforcementRole;
    case 'warrantChecks':
      return values.warrantChecks;
    case 'budgetLines':
      return values.budgetLines.map(({ category, description, amount }) => ({ category, description, amount }));
    case 'targets':
      return values.targets.map(({ metricKey, value }) => ({ metricKey, value }));
    default: {
      const { narrative, selfRating } = responseValues(values, itemKeyOfPart(part) ?? '');
      return { narrative, selfRating };
    }
  }
}

/** A comparable fingerprint of one part. */
export function partSnapshot(values: FormValues, part: PartKey): string {
  return JSON.stringify(partValue(values, part));
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const LAW_ENFORCEMENT_ROLES: readonly string[] = [
  'NONE',
  'DATA_ONLY',
  'PLAIN_CLOTHES_ACCOMPANY',
  'UNIFORMED_ACCOMPANY',
  'POLICE_LED',
];

/** `values` with one part replaced by a stored value (read defensively: it comes from the device). */
export function withPartValue(values: FormValues, part: PartKey, value: unknown): FormValues {
  switch (part) {
    case 'title':
      return { ...values, title: asString(value) };
    case 'summary':
      return { ...values, summary: asString(value) };
    case 'requestedCents':
      return { ...values, requested: asString(value) };
    case 'lawEnforcementRole': {
      const role = asString(value);
      return {
        ...values,
        lawEnforcementRole: LAW_ENFORCEMENT_ROLES.includes(role) ? (role as LawEnforcementRole) : '',
      };
    }
    case 'warrantChecks': {
      const answer = asString(value);
      return { ...values, warrantChecks: answer === 'yes' || answer === 'no' ? answer : '' };
    }
    case 'budgetLines': {
      const rows = Array.isArray(value) ? value.map(asRecord) : [];
      return {
        ...values,
        budgetLines: rows.map((row) => ({
          rowId: newRowId(),
          category: asString(row['category']),
          description: asString(row['description']),
          amount: asString(row['amount']),
        })),
      };
    }
    case 'targets': {
      const rows = Array.isArray(value) ? value.map(asRecord) : [];
      return {
        ...values,
        targets: rows.map((row) => ({
          rowId: newRowId(),
          metricKey: asString(row['metricKey']),
          value: asString(row['value']),
        })),
      };
    }
    default: {
      const itemKey = itemKeyOfPart(part) ?? '';
      const record = asRecord(value);
      return {
        ...values,
        responses: {
          ...values.responses,
          [itemKey]: { narrative: asString(record['narrative']), selfRating: asString(record['selfRating']) },
        },
      };
    }
  }
}

const parseTarget = (text: string): number | null => {
  const trimmed = text.trim().replace(/,/g, '');
  return /^\d+(\.\d)?$/.test(trimmed) ? Number(trimmed) : null;
};

function budgetRowProblem(row: Omit<BudgetRow, 'rowId'>, index: number): string | null {
  const line = `line ${index + 1}`;
  if (!BUDGET_CATEGORY_KEYS.has(row.category)) return `choose a category for ${line}`;
  const description = row.description.trim();
  if (description === '') return `describe what ${line} pays for`;
  if (description.length > BUDGET_DESCRIPTION_MAX)
    return `shorten the description of ${line} to ${BUDGET_DESCRIPTION_MAX} characters`;
  const amount = parseDollars(row.amount);
  if (!amount.ok) return `${line}: ${amount.message.charAt(0).toLowerCase()}${amount.message.slice(1)}`;
  if (amount.cents === null || amount.cents < 1) return `enter an amount above $0 for ${line}`;
  return null;
}

/**
 * Why a part cannot be sent yet (the API would refuse it), or null. The text
 * stays on the device meanwhile; the message says what to finish.
 */
export function partProblem(values: FormValues, part: PartKey): string | null {
  switch (part) {
    case 'title':
      return values.title.trim().length > TITLE_MAX ? `Shorten the title to ${TITLE_MAX} characters to save it` : null;
    case 'summary':
      return values.summary.length > SUMMARY_MAX
        ? `Shorten the summary to ${SUMMARY_MAX.toLocaleString('en-US')} characters to save it`
        : null;
    case 'requestedCents': {
      const parsed = parseDollars(values.requested);
      if (!parsed.ok) return parsed.message;
      if (parsed.cents === 0n) return 'Enter an amount above $0';
      return null;
    }
    case 'lawEnforcementRole':
    case 'warrantChecks':
      return null;
    case 'budgetLines': {
      for (const [index, row] of values.budgetLines.entries()) {
        const problem = budgetRowProblem(row, index);
        if (problem) return `The budget is saved once every line is complete: ${problem}, or remove it`;
      }
      return null;
    }
    case 'targets': {
      const seen = new Set<string>();
      for (const [index, row] of values.targets.entries()) {
        const target = `target ${index + 1}`;
        if (!METRIC_KEYS.has(row.metricKey))
          return `Targets are saved once each has a metric and a value: choose a metric for ${target}, or remove it`;
        if (seen.has(row.metricKey))
          return `Each metric can have one target: change the metric of ${target}, or remove it`;
        seen.add(row.metricKey);
        const value = parseTarget(row.value);
        if (value === null)
          return `Targets are saved once each has a metric and a value: enter a number of 0 or more (at most one decimal) for ${target}`;
        if (value > TARGET_MAX) return `The value of ${target} is too large`;
      }
      return null;
    }
    default: {
      const { narrative } = responseValues(values, itemKeyOfPart(part) ?? '');
      return narrative.length > NARRATIVE_MAX
        ? `Shorten this answer to ${NARRATIVE_MAX.toLocaleString('en-US')} characters to save it`
        : null;
    }
  }
}

export interface BuiltInput {
  input: ApplicationInput;
  /** Each part sent, with its snapshot at the time: confirmed when the save succeeds. */
  sent: Map<PartKey, string>;
  /** Item keys in the order of `input.responses`, to map `input.responses.<i>` errors back to a part. */
  responseOrder: string[];
}

/** The partial ApplicationInput for these parts (each must have no partProblem). */
export function buildInput(values: FormValues, parts: readonly PartKey[]): BuiltInput {
  const input: ApplicationInput = {};
  const sent = new Map<PartKey, string>();
  const responseOrder: string[] = [];
  const blankToNull = (text: string) => (text.trim() === '' ? null : text);
  for (const part of parts) {
    sent.set(part, partSnapshot(values, part));
    switch (part) {
      case 'title':
        input.title = blankToNull(values.title);
        break;
      case 'summary':
        input.summary = blankToNull(values.summary);
        break;
      case 'requestedCents': {
        const parsed = parseDollars(values.requested);
        input.requestedCents = parsed.ok && parsed.cents !== null ? parsed.cents.toString() : null;
        break;
      }
      case 'lawEnforcementRole':
        input.lawEnforcementRole = values.lawEnforcementRole || null;
        break;
      case 'warrantChecks':
        input.warrantChecks = values.warrantChecks === '' ? null : values.warrantChecks === 'yes';
        break;
      case 'budgetLines':
        input.budgetLines = values.budgetLines.map((row) => {
          const amount = parseDollars(row.amount);
          return {
            category: row.category,
            description: row.description.trim(),
            amountCents: (amount.ok && amount.cents !== null ? amount.cents : 0n).toString(),
          };
        });
        break;
      case 'targets':
        input.targets = values.targets.map((row) => ({ metricKey: row.metricKey, value: parseTarget(row.value) ?? 0 }));
        break;
      default: {
        const itemKey = itemKeyOfPart(part) ?? '';
        const { narrative, selfRating } = responseValues(values, itemKey);
        input.responses = [
          ...(input.responses ?? []),
          { itemKey, narrative, selfRating: selfRating === '' ? null : Number(selfRating) },
        ];
        responseOrder.push(itemKey);
      }
    }
  }
  return { input, sent, responseOrder };
}

/** The part an API error path (`input.responses.0.itemKey`, `input.title`) is about, if any. */
export function partOfInputField(field: string, built: Pick<BuiltInput, 'responseOrder'>): PartKey | null {
  const match = /^input\.([A-Za-z]+)(?:\.(\d+))?/.exec(field);
  if (!match) return null;
  const [, name, index] = match;
  if (name === 'responses') {
    const itemKey = index === undefined ? undefined : built.responseOrder[Number(index)];
    return itemKey === undefined ? null : responsePart(itemKey);
  }
  return (FIXED_PARTS as readonly string[]).includes(name) ? (name as FixedPart) : null;
}

/** The form read as the shared validation reads stored answers, so the review list follows the typing. */
export function answersOf(values: FormValues): ApplicationAnswers {
  const requested = parseDollars(values.requested);
  return {
    title: values.title,
    summary: values.summary,
    requestedCents: requested.ok ? requested.cents : null,
    lawEnforcementRole: values.lawEnforcementRole || null,
    warrantChecks: values.warrantChecks === '' ? null : values.warrantChecks === 'yes',
    responses: Object.entries(values.responses)
      .filter(([, response]) => response.narrative !== '' || response.selfRating !== '')
      .map(([itemKey, response]) => ({
        itemKey,
        narrative: response.narrative,
        selfRating: response.selfRating === '' ? null : Number(response.selfRating),
      })),
    budgetLines: values.budgetLines.map((row) => {
      const amount = parseDollars(row.amount);
      // An amount not yet readable is not a bigint, which the shared validation reports on its line.
      return {
        category: row.category,
        description: row.description,
        amountCents: amount.ok && amount.cents !== null ? amount.cents : (Number.NaN as unknown as bigint),
      };
    }),
    targets: values.targets.map((row) => ({ metricKey: row.metricKey, value: parseTarget(row.value) ?? Number.NaN })),
  };
}

/** Total of the budget lines whose amount reads as dollars. */
export function budgetTotalOf(values: FormValues): bigint {
  return values.budgetLines.reduce((total, row) => {
    const amount = parseDollars(row.amount);
    return total + (amount.ok && amount.cents !== null ? amount.cents : 0n);
  }, 0n);
}
