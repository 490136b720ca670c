import { BUDGET_CATEGORY_KEYS, METRIC_KEYS } from '@abate/shared/metrics';
import type {
  ApplicationAnswers,
  ApplicationValidation,
  ItemResponse,
  LawEnforcementRole,
  RoundTerms,
} from './application';
import { budgetTotalCents, hasSuppliesLine } from './budget';
import type { ChecklistDefinition, FieldProblem } from './checklist';
import { formatDollars } from './money';
import { MAX_RATING } from './scoring';

/** Every answer to "what role do police have", from none to leading the program. */
export const LAW_ENFORCEMENT_ROLES: readonly LawEnforcementRole[] = [
  'NONE',
  'DATA_ONLY',
  'PLAIN_CLOTHES_ACCOMPANY',
  'UNIFORMED_ACCOMPANY',
  'POLICE_LED',
];

/** Narratives shorter than this (trimmed) draw a warning. */
export const SHORT_NARRATIVE_CHARS = 200;

const isBlank = (text: string | null | undefined): boolean => typeof text !== 'string' || text.trim() === '';

/**
 * Everything that blocks submitting an application (errors) and advice that
 * does not (warnings), each naming the field path the web form links to:
 * `title`, `summary`, `requestedCents`, `lawEnforcementRole`, `warrantChecks`,
 * `responses.<itemKey>.narrative|selfRating`, `budgetLines`,
 * `budgetLines.<index>.amountCents|description|category`, `targets`,
 * `targets.<index>.metricKey|value`. Both lists are in form order.
 */
export function validateApplication(
  answers: ApplicationAnswers,
  checklist: ChecklistDefinition,
  round: RoundTerms,
): ApplicationValidation {
  const errors: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const error = (field: string, message: string) => errors.push({ field, message });
  const warn = (field: string, message: string) => warnings.push({ field, message });

  if (isBlank(answers.title)) error('title', 'Give the application a title');
  if (isBlank(answers.summary)) error('summary', 'Write a short summary of the program');

  const requested = answers.requestedCents;
  const range = `between ${formatDollars(round.minAwardCents)} and ${formatDollars(round.maxAwardCents)}`;
  if (requested === null || requested === undefined) error('requestedCents', `Enter the amount requested (${range})`);
  else if (typeof requested !== 'bigint' || requested < round.minAwardCents || requested > round.maxAwardCents) {
    error('requestedCents', `Requested amount must be ${range}`);
  }

  if (!answers.lawEnforcementRole || !LAW_ENFORCEMENT_ROLES.includes(answers.lawEnforcementRole)) {
    error('lawEnforcementRole', 'Say what role, if any, law enforcement has in the program');
  }
  if (typeof answers.warrantChecks !== 'boolean')
    error('warrantChecks', 'Say whether the program checks survivors for warrants');

  // Responses, in checklist order; the first response for an item counts.
  const responses = new Map<string, ItemResponse>();
  const repeated = new Set<string>();
  for (const response of answers.responses) {
    if (responses.has(response.itemKey)) repeated.add(response.itemKey);
    else responses.set(response.itemKey, response);
  }
  const maxRating = checklist.scale?.length ? checklist.scale.length - 1 : MAX_RATING;
  const itemKeys = new Set<string>();
  for (const item of checklist.items) {
    itemKeys.add(item.key);
    const response = responses.get(item.key);
    const narrativeField = `responses.${item.key}.narrative`;
    const narrative = typeof response?.narrative === 'string' ? response.narrative.trim() : '';
    if (narrative === '') error(narrativeField, `Describe how the program meets "${item.title}"`);
    else if (narrative.length < SHORT_NARRATIVE_CHARS) {
      warn(
        narrativeField,
        `"${item.title}": the narrative is very short — reviewers score what is written (${narrative.length} characters; aim for at least ${SHORT_NARRATIVE_CHARS})`,
      );
    }
    if (repeated.has(item.key)) error(narrativeField, `"${item.title}" is answered more than once`);
    const rating = response?.selfRating;
    if (rating === null || rating === undefined)
      error(`responses.${item.key}.selfRating`, `Rate the program on "${item.title}" (0-${maxRating})`);
    else if (!Number.isInteger(rating) || rating < 0 || rating > maxRating) {
      error(
        `responses.${item.key}.selfRating`,
        `The rating for "${item.title}" must be a whole number from 0 to ${maxRating}`,
      );
    }
  }
  for (const key of responses.keys()) {
    if (!itemKeys.has(key))
      error(`responses.${key}.narrative`, `"${key}" is not an item of checklist ${checklist.key} ${checklist.version}`);
  }

  // Budget.
  const lines = answers.budgetLines;
  if (lines.length === 0) error('budgetLines', 'Add at least one budget line');
  lines.forEach((line, i) => {
    const label = `Budget line ${i + 1}`;
    if (typeof line.amountCents !== 'bigint' || line.amountCents <= 0n) {
      error(`budgetLines.${i}.amountCents`, `${label}: the amount must be more than $0, in whole cents`);
    }
    if (isBlank(line.description)) error(`budgetLines.${i}.description`, `${label}: describe what the money pays for`);
    if (isBlank(line.category)) error(`budgetLines.${i}.category`, `${label}: choose a budget category`);
    else if (!BUDGET_CATEGORY_KEYS.has(line.category))
      error(`budgetLines.${i}.category`, `${label}: unknown budget category "${line.category}"`);
  });
  if (
    lines.length > 0 &&
    typeof requested === 'bigint' &&
    lines.every((line) => typeof line.amountCents === 'bigint')
  ) {
    const total = budgetTotalCents(lines);
    if (total !== requested) {
      error(
        'budgetLines',
        `The budget lines add up to ${formatDollars(total)} but the requested amount is ${formatDollars(requested)}; they must match`,
      );
    }
  }
  if (!hasSuppliesLine(lines))
    warn('budgetLines', 'No supplies line: naloxone and harm-reduction supplies are a critical item');

  // Outcome targets.
  answers.targets.forEach((target, i) => {
    const label = `Target ${i + 1}`;
    if (!METRIC_KEYS.has(target.metricKey))
      error(`targets.${i}.metricKey`, `${label}: unknown metric "${target.metricKey}"`);
    if (typeof target.value !== 'number' || !Number.isFinite(target.value) || target.value < 0) {
      error(`targets.${i}.value`, `${label}: the target must be a number of 0 or more`);
    }
  });
  if (answers.targets.length === 0) {
    warn(
      'targets',
      'No outcome targets: set targets for the standard quarterly metrics so reviewers can score the evaluation plan',
    );
  }

  return { errors, warnings };
}
