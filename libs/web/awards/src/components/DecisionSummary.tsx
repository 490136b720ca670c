import { formatDollars } from '@abate/shared/checklist';
import type { RankingRow } from '../hooks/useRanking';

/** The decision recorded on a ranking row, in words. */
export function DecisionSummary({ decision }: { decision: RankingRow['decision'] }) {
  if (!decision) return <span className="text-base-dark">Not decided</span>;
  if (decision.decision === 'DECLINE') {
    return (
      <>
        <span className="display-block text-bold">Decline</span>
        {decision.reason && <span className="display-block font-sans-2xs">Reason: {decision.reason}</span>}
      </>
    );
  }
  return (
    <>
      <span className="display-block text-bold awards-nowrap">Award {formatDollars(decision.amountCents ?? 0)}</span>
      {decision.conditions && <span className="display-block font-sans-2xs">Conditions: {decision.conditions}</span>}
      {decision.overrideReason && (
        <span className="display-block font-sans-2xs">Override: {decision.overrideReason}</span>
      )}
    </>
  );
}

const flagTitles: Record<string, string> = {
  POLICE_LED: 'Police-led',
  UNIFORMED_POLICE_ON_VISITS: 'Uniformed police on visits',
  WARRANT_CHECKS: 'Warrant checks',
  NO_NALOXONE_IN_BUDGET: 'No naloxone in budget',
};

/** A safeguard flag's short name, for a tag. */
export function flagTitle(code: string): string {
  return flagTitles[code] ?? code.toLowerCase().replace(/_/g, ' ');
}
