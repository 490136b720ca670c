import scheduleA from '../data/exhibit-e-schedule-a.json';
import scheduleB from '../data/exhibit-e-schedule-b.json';
import ncExhibitA from '../data/nc-moa-exhibit-a.json';
import crosswalks from '../data/crosswalks.json';
import ruleSets from '../data/rule-sets.json';
import settlements from '../data/settlements.json';
import sources from '../data/sources.json';

export interface Source {
  id: string;
  citation: string;
  url: string | null;
}

export interface StrategyCode {
  code: string;
  title: string;
  /** The code this one sits under (a Schedule B item under its letter, a letter under its Part). */
  parent: string | null;
  /** Key into SOURCES. */
  source: string;
}

export interface StrategyTaxonomy {
  key: string;
  version: string;
  title: string;
  source: string;
  codes: StrategyCode[];
}

export interface Crosswalk {
  from: string;
  to: string;
  version: string;
  source: string;
  pairs: Array<{ from: string; to: string }>;
}

export type ReportKind =
  'ANNUAL_FINANCIAL' | 'NON_REMEDIATION' | 'ADMIN_CAP' | 'SPEND_DEADLINE' | 'STRATEGY_SUMMARY' | 'ROUND_ALLOCATIONS';
export const REPORT_KINDS: readonly ReportKind[] = [
  'ANNUAL_FINANCIAL',
  'NON_REMEDIATION',
  'ADMIN_CAP',
  'SPEND_DEADLINE',
  'STRATEGY_SUMMARY',
  'ROUND_ALLOCATIONS',
];

export interface RuleSet {
  key: string;
  version: string;
  title: string;
  defaultTaxonomyKey: string;
  /** Decimal string ("3"), or null when the jurisdiction sets no cap. */
  adminCapPercent: string | null;
  adminCapBasis: 'RECEIPTS';
  remediationFloorPercent: string | null;
  spendWithinMonths: number | null;
  extensionMonths: number | null;
  interestMayFundAdmin: boolean;
  /** Spending needs an authorization line for its strategy and date (NC). */
  requiresAuthorization: boolean;
  /** 1 = January ... 7 = July. */
  fiscalYearStartMonth: number;
  reports: ReportKind[];
  /** Where each number comes from, by field name. */
  sources: Record<string, string>;
}

export interface SettlementRef {
  key: string;
  title: string;
  agreementType: 'SETTLEMENT' | 'BANKRUPTCY_PLAN';
  source: string;
}

export const SOURCES: Readonly<Record<string, Source>> = sources as Record<string, Source>;
export const STRATEGY_TAXONOMIES: readonly StrategyTaxonomy[] = [
  scheduleA,
  scheduleB,
  ncExhibitA,
] as StrategyTaxonomy[];
export const CROSSWALKS: readonly Crosswalk[] = crosswalks as Crosswalk[];
export const RULE_SETS: readonly RuleSet[] = ruleSets as unknown as RuleSet[];
export const SETTLEMENTS: readonly SettlementRef[] = settlements as SettlementRef[];

export function taxonomy(key: string): StrategyTaxonomy | undefined {
  return STRATEGY_TAXONOMIES.find((t) => t.key === key);
}

export function strategyCode(taxonomyKey: string, code: string): StrategyCode | undefined {
  return taxonomy(taxonomyKey)?.codes.find((c) => c.code === code);
}

export function ruleSet(key: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.key === key);
}

export function settlement(key: string): SettlementRef | undefined {
  return SETTLEMENTS.find((s) => s.key === key);
}

export function crosswalk(from: string, to: string): Crosswalk | undefined {
  return CROSSWALKS.find((c) => c.from === from && c.to === to);
}

/** Codes money can be tagged to: every code that is not a Part heading (P1..P3). */
export function isTaggable(taxonomyKey: string, code: string): boolean {
  const found = strategyCode(taxonomyKey, code);
  return !!found && !/^P\d$/.test(found.code);
}

/** "nc-moa-exhibit-a 8: Post-overdose response teams" */
export function strategyLabel(taxonomyKey: string, code: string): string {
  const found = strategyCode(taxonomyKey, code);
  const short =
    taxonomyKey === 'nc-moa-exhibit-a'
      ? 'NC Exhibit A'
      : taxonomyKey === 'exhibit-e-schedule-a'
        ? 'Schedule A'
        : taxonomyKey === 'exhibit-e-schedule-b'
          ? 'Schedule B'
          : taxonomyKey;
  return `${short} ${code}${found ? `: ${found.title}` : ''}`;
}
