import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CheckboxesField } from '@abate/web/ui';
import type { PortfolioOutcomes } from '../hooks/useInsights';
import { CHART_GRID, CHART_TEXT, METRIC_SERIES_STYLE } from '../lib/chart-style';
import { formatNumber } from '../lib/format';
import {
  describeQuarterSeries,
  KEY_METRIC_KEYS,
  KEY_METRICS,
  orderedKeys,
  quarterSeries,
  shortMetricLabel,
  type KeyMetricKey,
} from '../lib/quarter-chart';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export interface MetricsByQuarterProps {
  quarters: PortfolioOutcomes['quarters'];
  overall: PortfolioOutcomes['overall'];
  /** "all funding rounds" or the round's title. */
  scope: string;
}

/** A line chart of the chosen key metrics by quarter, and the table of all of them. */
export function MetricsByQuarter({ quarters, overall, scope }: MetricsByQuarterProps) {
  const [chosen, setChosen] = useState<KeyMetricKey[]>([...KEY_METRIC_KEYS]);
  const keys = orderedKeys(chosen);
  const points = quarterSeries(quarters, keys);
  const tablePoints = quarterSeries(quarters, KEY_METRIC_KEYS);
  const total = (key: string) => overall.metrics.find((m) => m.key === key)?.value ?? null;

  return (
    <section aria-labelledby="portfolio-quarters-heading" className="margin-bottom-6">
      <h2 id="portfolio-quarters-heading">Metrics by quarter</h2>
      <p>Totals over the grantees’ submitted and accepted quarterly reports for {scope}.</p>
      {quarters.length === 0 ? (
        <p className="insights-empty">No quarterly report has been submitted yet, so there is nothing to chart.</p>
      ) : (
        <>
          <CheckboxesField
            id="quarter-metrics"
            legend="Metrics to chart"
            hint="Treatment referrals are warm hand-offs to treatment; MOUD starts are confirmed starts on medication for opioid use disorder. The table below the chart always has all five."
            options={KEY_METRICS.map((m) => ({ value: m.key, label: m.shortLabel }))}
            value={keys}
            onChange={setChosen}
          />
          <ChartFigure title="Chart: metrics by quarter" description={describeQuarterSeries(points, keys)} height={340}>
            {keys.length > 0 && (
              <LineChart
                data={points}
                responsive
                style={{ width: '100%', height: '100%' }}
                accessibilityLayer={false}
                margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
              >
                <CartesianGrid stroke={CHART_GRID} />
                <XAxis
                  dataKey="quarter"
                  padding={{ left: 28, right: 28 }}
                  tick={{ fill: CHART_TEXT }}
                  stroke={CHART_TEXT}
                />
                <YAxis
                  allowDecimals={false}
                  tick={{ fill: CHART_TEXT }}
                  stroke={CHART_TEXT}
                  tickFormatter={(value: number) => compact.format(value)}
                  width={56}
                />
                <Tooltip
                  formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value ?? ''))}
                />
                <Legend itemSorter={null} wrapperStyle={{ color: CHART_TEXT, paddingTop: 8 }} />
                {keys.map((key) => {
                  const style = METRIC_SERIES_STYLE[key];
                  return (
                    <Line
                      key={key}
                      type="linear"
                      dataKey={key}
                      name={shortMetricLabel(key)}
                      stroke={style.color}
                      strokeWidth={2.5}
                      strokeDasharray={style.dash}
                      dot={{ symbol: style.symbol, r: 5, fill: style.color, stroke: style.color }}
                      activeDot={{ symbol: style.symbol, r: 7, fill: style.color, stroke: '#ffffff' }}
                      legendType={style.symbol}
                      isAnimationActive={false}
                    />
                  );
                })}
              </LineChart>
            )}
          </ChartFigure>
          <DataTable caption="Metrics by quarter" captionNote="The numbers behind the chart, for all five metrics.">
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Reports counted</th>
                {KEY_METRICS.map((m) => (
                  <th key={m.key} scope="col" className="text-right">
                    {m.shortLabel}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tablePoints.map((point) => (
                <tr key={point.quarter}>
                  <th scope="row">{point.quarter}</th>
                  <td className="text-right">{formatNumber(point.reportsCounted)}</td>
                  {KEY_METRIC_KEYS.map((key) => (
                    <td key={key} className="text-right">
                      {formatNumber(point[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All quarters</th>
                <td className="text-right">{formatNumber(overall.reportsCounted)}</td>
                {KEY_METRIC_KEYS.map((key) => (
                  <td key={key} className="text-right">
                    {formatNumber(total(key))}
                  </td>
                ))}
              </tr>
            </tfoot>
          </DataTable>
        </>
      )}
    </section>
  );
}
