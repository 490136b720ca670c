import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis, pattern, patterns } from 'recharts';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { useGranteeReports, type PortfolioOutcomes } from '../hooks/useInsights';
import { CHART_GRID, CHART_TEXT, RATE_SERIES_STYLE } from '../lib/chart-style';
import { formatNumber, formatPercent } from '../lib/format';
import {
  describeGranteeRates,
  granteeRateRows,
  granteeTotals,
  MOUD_LINKAGE_RATE,
  rateChartData,
  REACH_RATE,
} from '../lib/grantee-rates';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';

// White diagonal stripes over the series color: the MOUD bars differ from the reach bars by texture as well as color (the legend repeats it).
const moudFill = {
  color: RATE_SERIES_STYLE.moud.color,
  definition: pattern({ ...patterns.diagonal, color: '#ffffff', opacity: 0.55 }),
};

const MAX_TICK = 28;
const shortName = (name: string) => (name.length > MAX_TICK ? `${name.slice(0, MAX_TICK - 1).trimEnd()}…` : name);
// Labels and tooltips round as the table does (the data keeps a decimal so close rates still draw apart).
const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value / 100) : '');

export interface GranteeRatesProps {
  roundId: string | null;
  grantees: PortfolioOutcomes['grantees'];
  overall: PortfolioOutcomes['overall'];
  scope: string;
}

/** Each grantee's reach rate and MOUD linkage, from the totals of its counted reports, as a bar chart and a table. */
export function GranteeRates({ roundId, grantees, overall, scope }: GranteeRatesProps) {
  const reports = useGranteeReports(roundId);

  let body;
  if (grantees.length === 0) {
    body = <p className="insights-empty">No grantee to compare yet.</p>;
  } else if (!reports.awards && reports.fetching) {
    body = <Loading what="Loading the grantees’ reports…" />;
  } else if (!reports.awards) {
    body = reports.error ? (
      <LoadFailed error={reports.error} what="the grantees’ reports" onRetry={reports.retry} />
    ) : null;
  } else {
    const rows = granteeRateRows(grantees, granteeTotals(reports.awards.nodes));
    const data = rateChartData(rows);
    const overallMetric = (key: string) => overall.metrics.find((m) => m.key === key)?.value ?? null;
    const overallRate = (key: string) => overall.rates.find((r) => r.key === key)?.value ?? null;
    const highest = Math.max(100, ...data.flatMap((d) => [d.reach ?? 0, d.moud ?? 0]));
    body = (
      <>
        {reports.awards.totalCount > reports.awards.nodes.length && (
          <p>
            Rates are shown for the first {reports.awards.nodes.length} of {reports.awards.totalCount} awards. Choose a
            single round to see the rest.
          </p>
        )}
        <ChartFigure
          title="Chart: reach and treatment linkage by grantee"
          description={describeGranteeRates(rows)}
          height={Math.max(220, rows.length * 64 + 90)}
        >
          <BarChart
            data={data}
            layout="vertical"
            responsive
            style={{ width: '100%', height: '100%' }}
            accessibilityLayer={false}
            margin={{ top: 8, right: 56, bottom: 4, left: 4 }}
            barGap={4}
          >
            <CartesianGrid stroke={CHART_GRID} horizontal={false} />
            <XAxis
              type="number"
              domain={[0, Math.ceil(highest / 25) * 25]}
              tickFormatter={(value: number) => `${value}%`}
              tick={{ fill: CHART_TEXT }}
              stroke={CHART_TEXT}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={210}
              tickFormatter={shortName}
              tick={{ fill: CHART_TEXT }}
              stroke={CHART_TEXT}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? formatPercent(value / 100) : 'Not available')}
            />
            <Legend itemSorter={null} wrapperStyle={{ color: CHART_TEXT, paddingTop: 8 }} />
            <Bar
              dataKey="reach"
              name="Reach rate"
              fill={RATE_SERIES_STYLE.reach.color}
              legendType="square"
              isAnimationActive={false}
            >
              <LabelList dataKey="reach" position="right" formatter={percentLabel} fill={CHART_TEXT} />
            </Bar>
            <Bar
              dataKey="moud"
              name="MOUD linkage"
              fill={moudFill}
              stroke={RATE_SERIES_STYLE.moud.color}
              legendType="square"
              isAnimationActive={false}
            >
              <LabelList dataKey="moud" position="right" formatter={percentLabel} fill={CHART_TEXT} />
            </Bar>
          </BarChart>
        </ChartFigure>
        <DataTable
          caption="Reach and treatment linkage by grantee"
          captionNote="The numbers behind the chart, from each grantee’s submitted and accepted quarterly reports."
        >
          <thead>
            <tr>
              <th scope="col">Grantee</th>
              <th scope="col" className="text-right">
                Referrals received
              </th>
              <th scope="col" className="text-right">
                Survivors reached
              </th>
              <th scope="col" className="text-right">
                Reach rate
              </th>
              <th scope="col" className="text-right">
                MOUD starts
              </th>
              <th scope="col" className="text-right">
                MOUD linkage
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.awardId}>
                <th scope="row">{row.name}</th>
                <td className="text-right">{formatNumber(row.referralsReceived)}</td>
                <td className="text-right">{formatNumber(row.survivorsReached)}</td>
                <td className="text-right">{formatPercent(row.reachRate)}</td>
                <td className="text-right">{formatNumber(row.moudStarts)}</td>
                <td className="text-right">{formatPercent(row.moudLinkageRate)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All grantees</th>
              <td className="text-right">{formatNumber(overallMetric('referrals_received'))}</td>
              <td className="text-right">{formatNumber(overallMetric('survivors_reached'))}</td>
              <td className="text-right">{formatPercent(overallRate(REACH_RATE))}</td>
              <td className="text-right">{formatNumber(overallMetric('moud_starts'))}</td>
              <td className="text-right">{formatPercent(overallRate(MOUD_LINKAGE_RATE))}</td>
            </tr>
          </tfoot>
        </DataTable>
      </>
    );
  }

  return (
    <section aria-labelledby="portfolio-rates-heading" className="margin-bottom-6">
      <h2 id="portfolio-rates-heading">Reach and treatment linkage by grantee</h2>
      <p>
        <span className="text-bold">Reach rate</span>: survivors reached per overdose referral received (it can pass
        100% when people referred one quarter are reached the next). <span className="text-bold">MOUD linkage</span>:
        confirmed starts on medication for opioid use disorder per survivor reached. Both come from each grantee’s
        submitted and accepted quarterly reports for {scope}.
      </p>
      {body}
    </section>
  );
}
