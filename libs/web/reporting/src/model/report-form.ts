import type {
  AutosaveController,
  AutosaveModel,
  AutosaveState,
  KeptChanges,
  MetricValueInput,
  QuarterlyReportInput,
  ReportingReportStateFragment,
  SpendingInput,
} from '@abate/web/core';
// Only types come from @abate/web/core here, so this model stays testable in the unit tier.
import {
  BUDGET_CATEGORIES,
  checkReport,
  QUARTERLY_METRICS,
  spendingSummary,
  type CategorySpend,
  type MetricDefinition,
  type MetricValue,
  type SafeguardDeviation,
  type SpendingLine,
} from '@abate/shared/metrics';
import { budgetCategoryLabel, metricFullName, metricGroups } from './labels';
import { centsToDollarsInput, parseDollars } from './money';
import { METRIC_VALUE_MAX, NARRATIVE_MAX_CHARS } from '@abate/shared/limits';

/** The report as the server returns it; null until the first save creates it. */
export type ReportServer = ReportingReportStateFragment | null;

/** The API's limits (QuarterlyReportInput), checked here so a save is not refused for them. */
export const NARRATIVE_MAX = NARRATIVE_MAX_CHARS;
export const METRIC_MAX = METRIC_VALUE_MAX;

/** Warnings the grantee confirms before submitting (the API keeps only these): survivors reached above referrals. */
export const CONFIRMABLE_WARNINGS: readonly string[] = ['metrics.survivors_reached'];

/** The report as the grantee types it: figures and amounts as text, so nothing typed is lost. */
export interface ReportValues {
  /** Metric key -> the figure as typed. */
  metrics: Readonly<Record<string, string>>;
  /** Budget category -> dollars spent this period, as typed. */
  spending: Readonly<Record<string, string>>;
  successes: string;
  challenges: string;
  /** Warning fields confirmed, sorted. */
  confirmedWarnings: readonly string[];
}

/**
 * A unit of saving, named by its field path: one metric (the API merges metrics
 * by key), one category's spending (merged by category), each narrative answer,
 * and the list of confirmed warnings.
 */
export type ReportPart =
  `metrics.${string}` | `spending.${string}` | 'narrative.successes' | 'narrative.challenges' | 'confirmedWarnings';
export type ReportPartValue = string | readonly string[];

export interface ReportTypes {
  server: ReportServer;
  values: ReportValues;
  part: ReportPart;
  input: QuarterlyReportInput;
  partValue: ReportPartValue;
}

export type ReportController = AutosaveController<ReportTypes>;
export type ReportState = AutosaveState<ReportTypes>;
export type ReportKeptChanges = KeptChanges<ReportTypes>;

export const metricPart = (key: string): ReportPart => `metrics.${key}`;
export const spendingPart = (category: string): ReportPart => `spending.${category}`;
const METRICS_PREFIX = 'metrics.';
const SPENDING_PREFIX = 'spending.';
export const metricKeyOfPart = (part: ReportPart): string | null =>
  part.startsWith(METRICS_PREFIX) ? part.slice(METRICS_PREFIX.length) : null;
export const categoryOfPart = (part: ReportPart): string | null =>
  part.startsWith(SPENDING_PREFIX) ? part.slice(SPENDING_PREFIX.length) : null;

/** Every part in form order: metrics by group, spending by category, the narrative, the confirmations. */
export function allReportParts(): ReportPart[] {
  return [
    ...metricGroups().flatMap((group) => group.metrics.map((metric) => metricPart(metric.key))),
    ...BUDGET_CATEGORIES.map((category) => spendingPart(category.key)),
    'narrative.successes',
    'narrative.challenges',
    'confirmedWarnings',
  ];
}

// --- element ids ----------------------------------------------------------------

/** The element id of a field path: dots become "__" (`metrics.referrals_received` is `metrics__referrals_received`). */
export const fieldId = (path: string): string => path.replace(/\./g, '__');
/** The checkbox that confirms a warning: `metrics__survivors_reached__confirm`. */
export const confirmId = (warningField: string): string => `${fieldId(warningField)}__confirm`;
/** The spending table (the award-total error points at it): `spending`. */
export const SPENDING_ID = 'spending';

/** The element a part's "not saved" message points at. */
export function partFieldId(part: ReportPart): string {
  return part === 'confirmedWarnings' ? confirmId(CONFIRMABLE_WARNINGS[0]) : fieldId(part);
}

/** The element a problem's field path points at. */
export function problemFieldId(field: string): string {
  return fieldId(field);
}

// --- server <-> values ---------------------------------------------------------------

export const EMPTY_VALUES: ReportValues = {
  metrics: {},
  spending: {},
  successes: '',
  challenges: '',
  confirmedWarnings: [],
};

export function fromServer(report: ReportServer): ReportValues {
  if (!report) return EMPTY_VALUES;
  return {
    metrics: Object.fromEntries(report.metrics.map((metric) => [metric.key, String(metric.value)])),
    spending: Object.fromEntries(report.spending.map((line) => [line.category, centsToDollarsInput(line.amountCents)])),
    successes: report.narrative.successes ?? '',
    challenges: report.narrative.challenges ?? '',
    confirmedWarnings: [...report.confirmedWarnings].sort(),
  };
}

export function partValue(values: ReportValues, part: ReportPart): ReportPartValue {
  const key = metricKeyOfPart(part);
  if (key !== null) return values.metrics[key] ?? '';
  const category = categoryOfPart(part);
  if (category !== null) return values.spending[category] ?? '';
  if (part === 'narrative.successes') return values.successes;
  if (part === 'narrative.challenges') return values.challenges;
  return values.confirmedWarnings;
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `values` with one part replaced by a stored value (read defensively: it comes from the device). */
export function withPartValue(values: ReportValues, part: ReportPart, value: unknown): ReportValues {
  const key = metricKeyOfPart(part);
  if (key !== null) return { ...values, metrics: { ...values.metrics, [key]: asString(value) } };
  const category = categoryOfPart(part);
  if (category !== null) return { ...values, spending: { ...values.spending, [category]: asString(value) } };
  if (part === 'narrative.successes') return { ...values, successes: asString(value) };
  if (part === 'narrative.challenges') return { ...values, challenges: asString(value) };
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return { ...values, confirmedWarnings: [...new Set(list)].sort() };
}

/** Ticks or unticks the confirmation of a warning. */
export function withConfirmation(values: ReportValues, field: string, confirmed: boolean): ReportValues {
  const others = values.confirmedWarnings.filter((item) => item !== field);
  return { ...values, confirmedWarnings: confirmed ? [...others, field].sort() : others };
}

// --- parsing what was typed ----------------------------------------------------------

export type ParsedMetric = { kind: 'blank' } | { kind: 'ok'; value: number } | { kind: 'invalid'; message: string };

const METRICS_BY_KEY = new Map(QUARTERLY_METRICS.metrics.map((metric) => [metric.key, metric]));

/**
 * A figure as typed ("1,204", "36.5") as a number. Whole numbers and decimals
 * both parse here: that a count must be whole is the shared checkReport's rule,
 * shown beside the field, and the API saves it meanwhile.
 */
export function parseMetric(text: string, unit: MetricDefinition['unit']): ParsedMetric {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(trimmed);
  const cleaned = grouped ? trimmed.replace(/,/g, '') : trimmed;
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(cleaned)) {
    return {
      kind: 'invalid',
      message:
        unit === 'hours'
          ? 'enter a number of hours, 0 or more, for example 36.5'
          : 'enter a whole number, 0 or more, for example 12',
    };
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value) || value > METRIC_MAX) return { kind: 'invalid', message: 'that figure is too large' };
  return { kind: 'ok', value };
}

/** Why a metric's text is not a figure, with the metric's name; null when it is one (or blank). */
export function metricTextProblem(key: string, text: string): string | null {
  const metric = METRICS_BY_KEY.get(key);
  const parsed = parseMetric(text, metric?.unit ?? 'count');
  return parsed.kind === 'invalid' ? `${metricFullName(key)}: ${parsed.message}.` : null;
}

/** Why a spending amount is not an amount, with its category; null when it is one (or blank). */
export function spendingTextProblem(category: string, text: string): string | null {
  const parsed = parseDollars(text);
  return parsed.kind === 'invalid'
    ? `${budgetCategoryLabel(category)}: ${parsed.message.charAt(0).toLowerCase()}${parsed.message.slice(1)}.`
    : null;
}

const NARRATIVE_NAMES = { 'narrative.successes': 'Successes', 'narrative.challenges': 'Challenges' } as const;
const formatCount = (n: number) => n.toLocaleString('en-US');

/** Why a narrative answer cannot be saved (too long); null when it can. */
export function narrativeProblem(part: 'narrative.successes' | 'narrative.challenges', text: string): string | null {
  return text.length > NARRATIVE_MAX
    ? `${NARRATIVE_NAMES[part]}: shorten this to ${formatCount(NARRATIVE_MAX)} characters (it has ${formatCount(text.length)}).`
    : null;
}

/** Why a part cannot be sent yet (the API would refuse it, or could not store it), or null. The text stays on the device meanwhile. */
export function partProblem(values: ReportValues, part: ReportPart): string | null {
  const key = metricKeyOfPart(part);
  if (key !== null) {
    const text = values.metrics[key] ?? '';
    // The API merges figures by key and cannot blank one once saved.
    if (text.trim() === '')
      return `${metricFullName(key)}: enter a figure (0 if none). A saved figure can’t be left blank.`;
    return metricTextProblem(key, text);
  }
  const category = categoryOfPart(part);
  if (category !== null) {
    const text = values.spending[category] ?? '';
    if (text.trim() === '')
      return `${budgetCategoryLabel(category)}: enter an amount ($0 if nothing was spent). A saved amount can’t be left blank.`;
    return spendingTextProblem(category, text);
  }
  if (part === 'narrative.successes') return narrativeProblem(part, values.successes);
  if (part === 'narrative.challenges') return narrativeProblem(part, values.challenges);
  return null;
}

// --- the API input ---------------------------------------------------------------------

export interface BuiltReportInput {
  input: QuarterlyReportInput;
  /** Metric keys and categories in the order of `input.metrics` and `input.spending`, to map `input.metrics.<i>` errors back to a part. */
  metricOrder: string[];
  spendingOrder: string[];
}

/** The partial QuarterlyReportInput for these parts (each must have no partProblem). */
export function buildReportInput(values: ReportValues, parts: readonly ReportPart[]): BuiltReportInput {
  const input: QuarterlyReportInput = {};
  const metrics: MetricValueInput[] = [];
  const spending: SpendingInput[] = [];
  const metricOrder: string[] = [];
  const spendingOrder: string[] = [];
  for (const part of parts) {
    const key = metricKeyOfPart(part);
    if (key !== null) {
      const parsed = parseMetric(values.metrics[key] ?? '', METRICS_BY_KEY.get(key)?.unit ?? 'count');
      if (parsed.kind === 'ok') {
        metrics.push({ key, value: parsed.value });
        metricOrder.push(key);
      }
      continue;
    }
    const category = categoryOfPart(part);
    if (category !== null) {
      const parsed = parseDollars(values.spending[category] ?? '');
      if (parsed.kind === 'ok') {
        spending.push({ category, amountCents: parsed.cents.toString() });
        spendingOrder.push(category);
      }
      continue;
    }
    if (part === 'narrative.successes')
      input.narrative = { ...input.narrative, successes: values.successes.trim() === '' ? null : values.successes };
    else if (part === 'narrative.challenges')
      input.narrative = { ...input.narrative, challenges: values.challenges.trim() === '' ? null : values.challenges };
    else input.confirmedWarnings = [...values.confirmedWarnings];
  }
  if (metrics.length > 0) input.metrics = metrics;
  if (spending.length > 0) input.spending = spending;
  return { input, metricOrder, spendingOrder };
}

/** The part an API error path (`input.metrics.0.value`, `input.spending.2.category`, `input.narrative.successes`) is about, if any. */
export function partOfReportField(
  field: string,
  built: Pick<BuiltReportInput, 'metricOrder' | 'spendingOrder'>,
): ReportPart | null {
  const match = /^input\.([A-Za-z]+)(?:\.(\w+))?/.exec(field);
  if (!match) return null;
  const [, name, rest] = match;
  if (name === 'metrics' || name === 'spending') {
    const order = name === 'metrics' ? built.metricOrder : built.spendingOrder;
    const key = rest !== undefined && /^\d+$/.test(rest) ? order[Number(rest)] : undefined;
    if (key === undefined) return null;
    return name === 'metrics' ? metricPart(key) : spendingPart(key);
  }
  if (name === 'narrative') return rest === 'successes' || rest === 'challenges' ? `narrative.${rest}` : null;
  return name === 'confirmedWarnings' ? 'confirmedWarnings' : null;
}

/** Whether the grantee may still change the report: before it exists, as a draft, and when changes were requested. */
export function isEditableReport(report: ReportServer): boolean {
  return !report || report.status === 'DRAFT' || report.status === 'CHANGES_REQUESTED';
}

/** How a quarterly report is autosaved: one part per metric and per budget category, each narrative answer, and the confirmations. */
export function reportModel(): AutosaveModel<ReportTypes> {
  return {
    parts: allReportParts(),
    // 0 stands for "no report yet": the first save sends no version and creates it.
    version: (report) => report?.version ?? 0,
    isEditable: isEditableReport,
    // The API keeps no save time for reports: the status shows the time of this device's last save.
    savedAt: () => null,
    fromServer,
    partValue,
    withPartValue,
    partProblem,
    buildInput(values, parts) {
      const built = buildReportInput(values, parts);
      return { input: built.input, partOfField: (field) => partOfReportField(field, built) };
    },
  };
}

/** Cents as the API sends them (the Cents scalar's decimal string) or as a bigint. */
export type CentsText = string | bigint;

// --- checking what was typed ---------------------------------------------------------------

/** What a report is checked against: the award, its approved budget per category, what earlier reports spent. */
export interface ReportContext {
  awardCents: bigint;
  budgetByCategory: ReadonlyMap<string, bigint>;
  previousSpending: ReadonlyMap<string, bigint>;
}

/**
 * The context from the server's spending summary: each category's budget, and
 * what earlier reports spent (cumulative less this period's saved amount).
 */
export function contextFromSummary(
  awardCents: CentsText,
  summary: ReadonlyArray<{
    category: string;
    budgetCents: CentsText;
    thisPeriodCents: CentsText;
    cumulativeCents: CentsText;
  }>,
): ReportContext {
  return {
    awardCents: BigInt(awardCents),
    budgetByCategory: new Map(summary.map((line) => [line.category, BigInt(line.budgetCents)])),
    previousSpending: new Map(
      summary.map((line) => [line.category, BigInt(line.cumulativeCents) - BigInt(line.thisPeriodCents)]),
    ),
  };
}

export interface AwardForContext {
  amountCents: CentsText;
  application: { budgetLines: ReadonlyArray<{ category: string; amountCents: CentsText }> };
  milestones: ReadonlyArray<{
    id: string;
    kind: 'QUARTERLY' | 'FINAL';
    periodStart: string;
    report?: { status: string; spending: ReadonlyArray<{ category: string; amountCents: CentsText }> } | null;
  }>;
}

/** Reports whose spending counts towards later quarters (the API's rule). */
const SENT = new Set(['SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED']);

/**
 * The context before the report exists (the server has no summary for it yet),
 * by the API's rule: the application's budget lines per category; for a quarter,
 * what earlier quarters' sent reports spent; the final report restates the grant
 * and is checked alone.
 */
export function contextFromAward(award: AwardForContext, milestoneId: string): ReportContext {
  const budgetByCategory = new Map<string, bigint>();
  for (const line of award.application.budgetLines)
    budgetByCategory.set(line.category, (budgetByCategory.get(line.category) ?? 0n) + BigInt(line.amountCents));
  const previousSpending = new Map<string, bigint>();
  const milestone = award.milestones.find((m) => m.id === milestoneId);
  if (milestone?.kind === 'QUARTERLY') {
    for (const earlier of award.milestones) {
      if (
        earlier.kind !== 'QUARTERLY' ||
        earlier.periodStart >= milestone.periodStart ||
        !earlier.report ||
        !SENT.has(earlier.report.status)
      )
        continue;
      for (const line of earlier.report.spending)
        previousSpending.set(line.category, (previousSpending.get(line.category) ?? 0n) + BigInt(line.amountCents));
    }
  }
  return { awardCents: BigInt(award.amountCents), budgetByCategory, previousSpending };
}

/** The figures typed that are figures, in the metrics file's order. */
export function typedMetrics(values: ReportValues): MetricValue[] {
  return QUARTERLY_METRICS.metrics.flatMap((metric) => {
    const parsed = parseMetric(values.metrics[metric.key] ?? '', metric.unit);
    return parsed.kind === 'ok' ? [{ key: metric.key, value: parsed.value }] : [];
  });
}

/** The amounts typed that are amounts, in the budget categories' order. */
export function typedSpending(values: ReportValues): SpendingLine[] {
  return BUDGET_CATEGORIES.flatMap((category) => {
    const parsed = parseDollars(values.spending[category.key] ?? '');
    return parsed.kind === 'ok' ? [{ category: category.key, amountCents: parsed.cents }] : [];
  });
}

export interface FieldMessage {
  /** The field path: `metrics.survivors_reached`, `spending.supplies`, `spending` (the award total), `narrative.successes`. */
  field: string;
  message: string;
}

export interface ReportProblems {
  /** Block submission, in form order. */
  errors: FieldMessage[];
  /** Advice, in form order (safeguard deviations and overspent budget lines among them). */
  warnings: FieldMessage[];
  /** Warnings to confirm before submitting that are not confirmed yet (they block submission too). */
  unconfirmed: FieldMessage[];
  safeguardDeviations: SafeguardDeviation[];
  /** Every budget category with this period's typed spending, spending to date and what is left. */
  spendingSummary: CategorySpend[];
}

/** Position of each field path in the form, to list problems in the order people meet the fields. */
const FIELD_ORDER = new Map<string, number>(
  [
    ...metricGroups().flatMap((group) => group.metrics.map((metric) => `metrics.${metric.key}`)),
    SPENDING_ID,
    ...BUDGET_CATEGORIES.map((category) => `spending.${category.key}`),
    'narrative.successes',
    'narrative.challenges',
  ].map((field, index) => [field, index]),
);
const orderOf = (field: string) => FIELD_ORDER.get(field) ?? FIELD_ORDER.size;
const byFormOrder = (a: FieldMessage, b: FieldMessage) => orderOf(a.field) - orderOf(b.field);

/**
 * The shared checkReport on what is typed (the same rules as the API's check on
 * submit), plus what cannot be read as a figure or an amount, and text too long
 * to save. A figure that does not parse is reported as such, not as missing.
 */
export function reportProblems(values: ReportValues, context: ReportContext): ReportProblems {
  const metrics = typedMetrics(values);
  const spending = typedSpending(values);
  const check = checkReport({ metrics, spending, ...context });

  const textErrors: FieldMessage[] = [];
  for (const metric of QUARTERLY_METRICS.metrics) {
    const problem = metricTextProblem(metric.key, values.metrics[metric.key] ?? '');
    if (problem) textErrors.push({ field: `metrics.${metric.key}`, message: problem });
  }
  for (const category of BUDGET_CATEGORIES) {
    const problem = spendingTextProblem(category.key, values.spending[category.key] ?? '');
    if (problem) textErrors.push({ field: `spending.${category.key}`, message: problem });
  }
  const unparsed = new Set(textErrors.map((e) => e.field));
  const narrative = (['narrative.successes', 'narrative.challenges'] as const).flatMap((part) => {
    const problem = narrativeProblem(part, part === 'narrative.successes' ? values.successes : values.challenges);
    return problem ? [{ field: part, message: problem }] : [];
  });

  const errors = [...textErrors, ...check.errors.filter((e) => !unparsed.has(e.field)), ...narrative].sort(byFormOrder);
  const warnings = [...check.warnings].sort(byFormOrder);
  const unconfirmed = warnings.filter(
    (w) => CONFIRMABLE_WARNINGS.includes(w.field) && !values.confirmedWarnings.includes(w.field),
  );
  return {
    errors,
    warnings,
    unconfirmed,
    safeguardDeviations: check.safeguardDeviations,
    spendingSummary: spendingSummary(spending, context.budgetByCategory, context.previousSpending),
  };
}

/** What a field shows beside it. A blank figure's "enter …" waits for the list before submitting, rather than marking every empty field at once. */
export function fieldMessages(
  problems: ReportProblems,
  values: ReportValues,
  field: string,
): { errors: string[]; warnings: string[] } {
  const key = field.startsWith(METRICS_PREFIX) ? field.slice(METRICS_PREFIX.length) : null;
  const blank = key !== null && (values.metrics[key] ?? '').trim() === '';
  return {
    errors: blank ? [] : problems.errors.filter((e) => e.field === field).map((e) => e.message),
    warnings: problems.warnings.filter((w) => w.field === field).map((w) => w.message),
  };
}

/** The blocking problem of an unconfirmed warning, for the list before submitting. */
export function unconfirmedMessage(warning: FieldMessage): string {
  const key = warning.field.startsWith(METRICS_PREFIX) ? warning.field.slice(METRICS_PREFIX.length) : warning.field;
  return `Confirm the figure for ${metricFullName(key)}: tick “I confirm this figure is right” if it is.`;
}

/** Spending to date across every category against the award: "$12,500 of the $250,000 award spent to date, $237,500 left." */
export function awardSpendText(
  summary: ReadonlyArray<{ cumulativeCents: CentsText }>,
  awardValue: CentsText,
  format: (cents: bigint) => string,
): string {
  const awardCents = BigInt(awardValue);
  const spent = summary.reduce((sum, line) => sum + BigInt(line.cumulativeCents), 0n);
  const left = awardCents - spent;
  return `${format(spent)} of the ${format(awardCents)} award spent to date, ${left >= 0n ? `${format(left)} left` : `${format(-left)} over`}.`;
}

/** A kept value as readable text, to copy from. */
export function describePartValue(part: ReportPart, value: unknown): string {
  if (part === 'confirmedWarnings') {
    const list = Array.isArray(value) ? value : [];
    return list.length > 0 ? 'Confirmed: the figure for survivors reached is right' : 'Not confirmed';
  }
  if (categoryOfPart(part) !== null)
    return typeof value === 'string' && value.trim() ? `$${value.trim().replace(/^\$/, '')}` : '(blank)';
  return typeof value === 'string' && value ? value : '(blank)';
}

/** A part for people: the metric's name, the budget category's, "Successes". */
export function partLabel(part: ReportPart): string {
  const key = metricKeyOfPart(part);
  if (key !== null) return metricFullName(key);
  const category = categoryOfPart(part);
  if (category !== null) return budgetCategoryLabel(category);
  if (part === 'narrative.successes') return 'Successes';
  if (part === 'narrative.challenges') return 'Challenges';
  return 'Confirmation of figures';
}

/** A problem with the element its link focuses. */
export interface LinkedProblem extends FieldMessage {
  targetId: string;
}

/**
 * What stops submitting, in form order: the errors, and each warning to confirm
 * that is not confirmed (its link goes to the confirmation checkbox).
 */
export function blockingProblems(problems: ReportProblems): LinkedProblem[] {
  const errors = problems.errors.map((error) => ({ ...error, targetId: problemFieldId(error.field) }));
  const unconfirmed = problems.unconfirmed.map((warning) => ({
    field: warning.field,
    message: unconfirmedMessage(warning),
    targetId: confirmId(warning.field),
  }));
  return [...errors, ...unconfirmed].sort(byFormOrder);
}

/** The warnings, each linking to its field. */
export function linkedWarnings(problems: ReportProblems): LinkedProblem[] {
  return problems.warnings.map((warning) => ({ ...warning, targetId: problemFieldId(warning.field) }));
}

/** Changed parts that cannot be saved yet, as "name: why" lines linking to their field. */
export function unsavedProblems(
  dirty: readonly ReportPart[],
  notSaved: Readonly<Partial<Record<ReportPart, string>>>,
): Array<{ part: ReportPart; text: string; targetId: string }> {
  return dirty.flatMap((part) => {
    const message = notSaved[part];
    if (!message) return [];
    const label = partLabel(part);
    return [{ part, text: message.startsWith(label) ? message : `${label}: ${message}`, targetId: partFieldId(part) }];
  });
}

/** Figures a confirmation is about: changing either asks for it again. */
const CONFIRMATION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'metrics.survivors_reached': ['survivors_reached', 'referrals_received'],
};

/** `values` with a metric's new text; a confirmation that rested on the old figure is withdrawn. */
export function withMetricText(values: ReportValues, key: string, text: string): ReportValues {
  let next: ReportValues = { ...values, metrics: { ...values.metrics, [key]: text } };
  if ((values.metrics[key] ?? '') === text) return values;
  for (const [field, inputs] of Object.entries(CONFIRMATION_INPUTS)) {
    if (inputs.includes(key) && next.confirmedWarnings.includes(field)) next = withConfirmation(next, field, false);
  }
  return next;
}
