import { LoadFailed, Loading } from '@abate/web/rounds';
import { useDecidedRounds, useRoundParam, useTransparency } from '../hooks/useInsights';
import { SUPPRESSION_SUMMARY } from '../lib/public-outcomes';
import { scopeText } from '../lib/round-filter';
import { OpenDataLinks } from './ExportLinks';
import { RoundFilter } from './RoundFilter';
import { PublicAwardsTable, PublicOutcomesTable, PublicSpendingTable } from './TransparencyTables';
import './insights.css';

/**
 * The public transparency page below its heading: what it shows and how
 * privacy is protected, the round filter (?roundId=), the awards, the outcomes
 * by quarter with small counts suppressed, spending by category and the open
 * data. Nothing here names or describes a person: reports hold counts only.
 */
export function TransparencyView() {
  const [roundId, setRound] = useRoundParam();
  const rounds = useDecidedRounds();
  const { data, fetching, error, retry } = useTransparency(roundId);
  const scope = scopeText(roundId, rounds.rounds);
  const current = data && data.publicOutcomes.roundId === roundId ? data : null;

  let body;
  if (!current && error && !fetching)
    body = <LoadFailed error={error} what="the awards and outcomes" onRetry={retry} />;
  else if (!current) body = <Loading what="Loading the awards and outcomes…" />;
  else {
    const { publicAwards: awards, publicOutcomes: outcomes } = current;
    body = (
      <>
        <section aria-labelledby="transparency-awards-heading" className="margin-bottom-6">
          <h2 id="transparency-awards-heading">Awards</h2>
          <p>Who received money from {scope}, how much, for which period, and the program it pays for.</p>
          {awards.length === 0 ? (
            <p className="insights-empty">No awards have been made in {scope} yet.</p>
          ) : (
            <PublicAwardsTable awards={awards} />
          )}
        </section>

        <section aria-labelledby="transparency-outcomes-heading" className="margin-bottom-6">
          <h2 id="transparency-outcomes-heading">Outcomes by quarter</h2>
          <p>
            What the grantees’ outreach teams reported each quarter, added up across grantees. Only reports that were
            submitted and accepted count.
          </p>
          <div className="usa-summary-box margin-bottom-3" role="region" aria-labelledby="transparency-privacy-heading">
            <div className="usa-summary-box__body">
              <h3 className="usa-summary-box__heading" id="transparency-privacy-heading">
                How small numbers are protected
              </h3>
              <div className="usa-summary-box__text">
                <p className="margin-top-0">{SUPPRESSION_SUMMARY}</p>
                <p className="margin-bottom-0">
                  <span className="text-bold">The rule in full: </span>
                  {outcomes.suppressionRule}
                </p>
              </div>
            </div>
          </div>
          {outcomes.quarters.length === 0 ? (
            <p className="insights-empty">No quarterly report has been submitted and counted for {scope} yet.</p>
          ) : (
            <PublicOutcomesTable outcomes={outcomes} />
          )}
        </section>

        <section aria-labelledby="transparency-spending-heading" className="margin-bottom-6">
          <h2 id="transparency-spending-heading">Spending by category</h2>
          <p>
            The approved budgets of the awards and what the grantees have reported spending, by budget category. Money
            is shown exactly.
          </p>
          <PublicSpendingTable spending={outcomes.spending} />
        </section>
      </>
    );
  }

  return (
    <>
      <div className="usa-prose margin-bottom-4">
        <p className="usa-intro">
          Opioid-settlement funds pay for post-overdose outreach: teams that contact people after an overdose to offer
          naloxone, support and a way into treatment. This page shows which jurisdictions received awards, what their
          programs report each quarter, and how the money is being spent.
        </p>
        <p>
          Reports carry counts only, never names or anything else that identifies a person. {SUPPRESSION_SUMMARY} Money
          is shown exactly.
        </p>
      </div>
      <RoundFilter
        id="transparency"
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
        Showing <span className="text-bold">{scope}</span>.
      </p>
      {body}
      <section aria-labelledby="transparency-data-heading" className="margin-bottom-6">
        <h2 id="transparency-data-heading">Open data</h2>
        <p>
          The same figures as files anyone can reuse, for {scope}: CSV for spreadsheets, JSON for programs. Small counts
          are suppressed in the files too.
        </p>
        <OpenDataLinks roundId={roundId} />
      </section>
    </>
  );
}
