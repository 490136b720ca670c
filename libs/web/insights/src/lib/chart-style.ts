import type { KeyMetricKey } from './quarter-chart';

/**
 * How each key metric is drawn. Every color is a USWDS token with at least
 * 4.5:1 contrast on white (WCAG asks 3:1 of graphics), and no series relies on
 * color alone: each has its own marker shape and dash pattern, which its
 * legend entry repeats.
 */
export const METRIC_SERIES_STYLE: Record<
  KeyMetricKey,
  { color: string; symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'; dash?: string }
> = {
  referrals_received: { color: '#005ea2', symbol: 'circle' }, // blue-60v (primary)
  survivors_reached: { color: '#c05600', symbol: 'square', dash: '8 4' }, // orange-60v
  naloxone_kits: { color: '#008817', symbol: 'triangle', dash: '2 4' }, // green-cool-60v
  treatment_referrals: { color: '#783cb9', symbol: 'diamond', dash: '12 4 3 4' }, // violet-60v
  moud_starts: { color: '#1b1b1b', symbol: 'cross', dash: '4 4' }, // base-darkest
};

/** The grantee rates chart: reach in solid blue, MOUD linkage in orange with white diagonal stripes. */
export const RATE_SERIES_STYLE = {
  reach: { color: '#005ea2' },
  moud: { color: '#c05600' },
} as const;

/** Axis text, grid lines: base-darkest and base-lighter. */
export const CHART_TEXT = '#1b1b1b';
export const CHART_GRID = '#dfe1e2';
