import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCents } from '@abate/shared/money';

export interface BalanceBar {
  label: string;
  cents: string;
}

/** The fund at a glance: money in, and where it stands (loaded lazily: recharts is large). */
export default function BalanceChart({ bars }: { bars: BalanceBar[] }) {
  // Dollars as numbers only for drawing; every figure shown as text comes from the exact cents.
  const data = bars.map((b) => ({
    label: b.label,
    dollars: Number(BigInt(b.cents) / 100n),
    text: formatCents(b.cents),
  }));
  return (
    <figure className="margin-x-0" aria-labelledby="fund-chart-caption">
      <figcaption id="fund-chart-caption" className="text-bold margin-bottom-1">
        Balances (the table above gives each figure to the cent)
      </figcaption>
      <BarChart width={640} height={260} data={data} margin={{ left: 40 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={(v: number) => `$${(v / 1_000_000).toFixed(1)}M`} />
        <Tooltip formatter={(_v, _n, item) => (item.payload as { text: string }).text} />
        <Bar dataKey="dollars" name="Amount" fill="#005ea2" />
      </BarChart>
    </figure>
  );
}
