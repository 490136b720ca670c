import { Alert, AlertText } from '@trussworks/react-uswds';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { useDecidedRounds, usePortfolioOutcomes, useRoundParam } from '../hooks/useInsights';
import { scopeText } from '../lib/round-filter';
import { PortfolioExportLinks } from './ExportLinks';
import { GranteeRates } from './GranteeRates';
import { HeadlineFigures } from './HeadlineFigures';
import { MetricsByQuarter } from './MetricsByQuarter';
import { OverdueTable, SafeguardFlagsTable, SpendingTable, TargetsTable } from './PortfolioTables';
import { RoundFilter } from './RoundFilter';
import './insights.css';

/**
 * The officer's and auditor's portfolio dashboard for a round or every round
 * (?roundId= in the address): headline figures, metrics by quarter, rates by
 * grantee, targets, spending, safeguard flags, overdue reports and downloads.
 */
export function PortfolioDashboard() {
  const [roundId, setRound] = useRoundParam();
  const rounds = useDecidedRounds();
  const { outcomes, fetching, error, retry } = usePortfolioOutcomes(roundId);
  const scope = scopeText(roundId, rounds.rounds);
  // Figures of another round stay in view only until the chosen round's arrive.
  const current = outcomes && outcomes.roundId === roundId ? outcomes : null;

  let body;
  if (!current && error && !fetching) body = <LoadFailed error={error} what="the portfolio figures" onRetry={retry} />;
  else if (!current) body = <Loading what="Loading the portfolio figures…" />;
  else {
    const { overall, quarters, grantees } = current;
    body = (
      <>
        <HeadlineFigures overall={overall} />
        {grantees.length === 0 ? (
          <Alert type="info" slim className="margin-bottom-6">
            <AlertText>
              There are no awards in {scope} yet. Figures appear here once a round’s decisions are released and its
              grantees start reporting.
            </AlertText>
          </Alert>
        ) : (
          <>
            <MetricsByQuarter quarters={quarters} overall={overall} scope={scope} />
            <GranteeRates roundId={roundId} grantees={grantees} overall={overall} scope={scope} />
            <TargetsTable grantees={grantees} />
            <SpendingTable grantees={grantees} />
            <SafeguardFlagsTable grantees={grantees} />
            <OverdueTable grantees={grantees} />
          </>
        )}
      </>
    );
  }

  return (
    <>
      <RoundFilter
        id="portfolio"
        roundId={roundId}
        rounds={rounds.rounds}
        loading={rounds.fetching}
        failed={Boolean(rounds.error)}
        onChange={setRound}
      />
      <p className="usa-sr-only" role="status" aria-live="polite">
        {current ? `Showing figures for ${scope}.` : ''}
      </p>
      <p className="insights-scope">
        Showing <span className="text-bold">{scope}</span>. Only submitted and accepted quarterly reports count; the
        final report is left out.
      </p>
      {body}
      <section aria-labelledby="portfolio-downloads-heading" className="margin-bottom-6">
        <h2 id="portfolio-downloads-heading">Download the figures</h2>
        <p>Each table comes as CSV or as an Excel workbook, for {scope}.</p>
        <PortfolioExportLinks roundId={roundId} />
      </section>
    </>
  );
}
