import type { MouseEvent, ReactNode } from 'react';
import type { PortfolioOutcomes } from '../hooks/useInsights';
import { centsShare, formatMoney, formatNumber, formatPercent, plural } from '../lib/format';

interface FigureProps {
  label: string;
  value: string;
  note?: ReactNode;
  /** Needs the officer's attention: marked by an outline and the word "Attention", not by color alone. */
  attention?: boolean;
}

function Figure({ label, value, note, attention }: FigureProps) {
  return (
    <div className={`insights-figure${attention ? ' insights-figure--attention' : ''}`}>
      <dt className="insights-figure__label">
        {label}
        {attention && <span className="insights-attention">Attention</span>}
      </dt>
      <dd className="insights-figure__value">{value}</dd>
      {note && <dd className="insights-figure__note">{note}</dd>}
    </div>
  );
}

/** A link down the page to a section's heading, which takes focus so keyboard and screen reader users land there too. */
function SectionLink({ headingId, children }: { headingId: string; children: string }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    event.preventDefault();
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <a href={`#${headingId}`} className="usa-link" onClick={go}>
      {children}
    </a>
  );
}

/** Grantees, money awarded and spent, overdue reports and safeguard flags for the chosen rounds. */
export function HeadlineFigures({ overall }: { overall: PortfolioOutcomes['overall'] }) {
  const spentShare = centsShare(overall.spentCents, overall.budgetCents);
  return (
    <section aria-labelledby="portfolio-headline-heading" className="margin-bottom-6">
      <h2 id="portfolio-headline-heading">Headline figures</h2>
      <dl className="insights-figures">
        <Figure
          label="Grantees"
          value={formatNumber(overall.granteeCount)}
          note={`${plural(overall.reportsCounted, 'quarterly report')} counted`}
        />
        <Figure
          label="Awarded"
          value={formatMoney(overall.awardedCents)}
          note={`Approved budgets total ${formatMoney(overall.budgetCents)}`}
        />
        <Figure
          label="Spent"
          value={formatMoney(overall.spentCents)}
          note={
            spentShare === null
              ? 'No approved budget yet'
              : `${formatPercent(spentShare)} of the ${formatMoney(overall.budgetCents)} budget`
          }
          attention={BigInt(overall.spentCents) > BigInt(overall.budgetCents)}
        />
        <Figure
          label="Overdue reports"
          value={formatNumber(overall.overdueCount)}
          note={
            overall.overdueCount > 0 ? (
              <SectionLink headingId="portfolio-overdue-heading">See the overdue reports</SectionLink>
            ) : (
              'Every report due is in'
            )
          }
          attention={overall.overdueCount > 0}
        />
        <Figure
          label="Safeguard flags"
          value={formatNumber(overall.safeguardFlagCount)}
          note={
            overall.safeguardFlagCount > 0 ? (
              <SectionLink headingId="portfolio-safeguards-heading">See the safeguard flags</SectionLink>
            ) : (
              'No warrant checks, arrests or uniformed visits reported'
            )
          }
          attention={overall.safeguardFlagCount > 0}
        />
      </dl>
    </section>
  );
}
