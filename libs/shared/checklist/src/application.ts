import type { FieldProblem } from './checklist';

/** How police take part in the program, from none to leading it (API-CONTRACT.md). */
export type LawEnforcementRole =
  'NONE' | 'DATA_ONLY' | 'PLAIN_CLOTHES_ACCOMPANY' | 'UNIFORMED_ACCOMPANY' | 'POLICE_LED';

export interface ItemResponse {
  itemKey: string;
  narrative: string;
  /** The applicant's own rating on the checklist's 0-3 scale; null when not yet given. */
  selfRating: number | null;
}

export interface BudgetLine {
  /** A key of quarterly-metrics.json `budgetCategories`. */
  category: string;
  description: string;
  amountCents: bigint;
}

export interface OutcomeTarget {
  /** A key of quarterly-metrics.json `metrics`. */
  metricKey: string;
  value: number;
}

/** An application's answers as stored: every field may still be empty while it is a draft. */
export interface ApplicationAnswers {
  title: string | null;
  summary: string | null;
  requestedCents: bigint | null;
  lawEnforcementRole: LawEnforcementRole | null;
  warrantChecks: boolean | null;
  responses: ItemResponse[];
  budgetLines: BudgetLine[];
  targets: OutcomeTarget[];
}

/** The parts of a funding round an application is checked against. */
export interface RoundTerms {
  minAwardCents: bigint;
  maxAwardCents: bigint;
}

export interface ApplicationValidation {
  /** Block submission. */
  errors: FieldProblem[];
  /** Advice only. */
  warnings: FieldProblem[];
}

export type SafeguardFlagCode =
  'POLICE_LED' | 'UNIFORMED_POLICE_ON_VISITS' | 'WARRANT_CHECKS' | 'NO_NALOXONE_IN_BUDGET';

export interface SafeguardFlag {
  code: SafeguardFlagCode;
  /** Plain language, for applicants and reviewers. */
  message: string;
  /** The checklist source the flag rests on. */
  source: { id: string; citation: string; url?: string };
}
