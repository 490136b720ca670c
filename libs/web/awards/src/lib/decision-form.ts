import { formatDollars } from '@abate/shared/checklist';
import type { DecisionInput, DecisionKind } from '@abate/web/core';
import type { OverrideNeed } from './funding-line';

export interface DecisionValues {
  decision: DecisionKind | '';
  /** Dollars as typed. */
  amount: string;
  conditions: string;
  overrideReason: string;
  reason: string;
}

export type DecisionField = keyof DecisionValues;

export interface ExistingDecision {
  decision: DecisionKind;
  amountCents?: string | bigint | null;
  conditions?: string | null;
  reason?: string | null;
  overrideReason?: string | null;
}

/** What the form checks against: the row, the round's award range and budget. */
export interface DecisionContext {
  requestedCents: bigint;
  recommendedCents: bigint;
  minAwardCents: bigint;
  maxAwardCents: bigint;
  budgetCents: bigint;
  /** Sum of AWARD decisions recorded so far, this application's included. */
  awardedCents: bigint;
  override: OverrideNeed | null;
  existing?: ExistingDecision | null;
}

/**
 * The amount offered first: the award already recorded; else the ranking's
 * recommendation; else the request, brought within the round's award range.
 */
export function defaultAwardCents(
  context: Pick<
    DecisionContext,
    'requestedCents' | 'recommendedCents' | 'minAwardCents' | 'maxAwardCents' | 'existing'
  >,
): bigint {
  const { existing, recommendedCents, requestedCents, minAwardCents, maxAwardCents } = context;
  if (existing?.decision === 'AWARD' && existing.amountCents !== null && existing.amountCents !== undefined)
    return BigInt(existing.amountCents);
  if (recommendedCents > 0n) return recommendedCents;
  // A request below the minimum cannot be awarded at all; offering it lets the check below say so.
  if (requestedCents < minAwardCents) return requestedCents;
  return requestedCents < maxAwardCents ? requestedCents : maxAwardCents;
}

/** The form as it opens; `amount` is defaultAwardCents as dollars text (parseDollars' counterpart in @abate/web/rounds). */
export function initialDecisionValues(context: Pick<DecisionContext, 'existing'>, amount: string): DecisionValues {
  const existing = context.existing;
  return {
    decision: existing?.decision ?? '',
    amount,
    conditions: existing?.conditions ?? '',
    overrideReason: existing?.overrideReason ?? '',
    reason: existing?.reason ?? '',
  };
}

/** The award this application already holds, which a new amount replaces. */
const currentAwardCents = (existing: ExistingDecision | null | undefined): bigint =>
  existing?.decision === 'AWARD' && existing.amountCents !== null && existing.amountCents !== undefined
    ? BigInt(existing.amountCents)
    : 0n;

/** Room left in the budget for this application's award. */
export function budgetLeftCents(context: Pick<DecisionContext, 'budgetCents' | 'awardedCents' | 'existing'>): bigint {
  return context.budgetCents - (context.awardedCents - currentAwardCents(context.existing));
}

/**
 * The checks the API makes, in the browser first; messages say how to put it
 * right. `amountCents` is `values.amount` parsed (null when it is not dollars).
 */
export function decisionErrors(
  values: DecisionValues,
  amountCents: bigint | null,
  context: DecisionContext,
): Partial<Record<DecisionField, string>> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (values.decision === '') {
    errors.decision = 'Choose whether to award or decline';
    return errors;
  }
  if (values.decision === 'DECLINE') {
    if (!values.reason.trim()) errors.reason = 'Give the reason for declining: the applicant will read it';
    return errors;
  }
  const cents = amountCents;
  if (!values.amount.trim()) errors.amount = 'Enter the amount to award';
  else if (cents === null) errors.amount = 'Enter the amount in dollars, for example 150,000 or 150000.50';
  else if (cents < context.minAwardCents || cents > context.maxAwardCents) {
    errors.amount = `Awards in this round are between ${formatDollars(context.minAwardCents)} and ${formatDollars(context.maxAwardCents)}`;
  } else if (cents > context.requestedCents) {
    errors.amount = `The award cannot exceed the ${formatDollars(context.requestedCents)} requested`;
  } else {
    const left = budgetLeftCents(context);
    if (cents > left)
      errors.amount = `This award would take the round ${formatDollars(cents - left)} over its ${formatDollars(context.budgetCents)} budget`;
  }
  if (context.override && !values.overrideReason.trim()) {
    errors.overrideReason =
      context.override === 'critical-gap'
        ? 'This application has a critical gap: record why you are awarding it anyway'
        : 'This application is below the funding line: record why you are awarding it anyway';
  }
  return errors;
}

const trimmedOrNull = (text: string): string | null => text.trim() || null;

/** What decideApplication takes; call once decisionErrors is empty. */
export function toDecisionInput(
  values: DecisionValues,
  amountCents: bigint | null,
  context: Pick<DecisionContext, 'override'>,
): DecisionInput {
  if (values.decision === 'DECLINE') return { decision: 'DECLINE', reason: values.reason.trim() };
  return {
    decision: 'AWARD',
    amountCents: amountCents === null ? null : amountCents.toString(),
    conditions: trimmedOrNull(values.conditions),
    // Sent only when the ranking advises against the award, so a stale reason is not recorded.
    overrideReason: context.override ? trimmedOrNull(values.overrideReason) : null,
  };
}

/** The form field an API error path names (`input.amountCents` -> amount). */
export function decisionFieldForPath(path: string): DecisionField | undefined {
  switch (path.replace(/^input\./, '')) {
    case 'decision':
      return 'decision';
    case 'amountCents':
      return 'amount';
    case 'conditions':
      return 'conditions';
    case 'overrideReason':
      return 'overrideReason';
    case 'reason':
      return 'reason';
    default:
      return undefined;
  }
}
