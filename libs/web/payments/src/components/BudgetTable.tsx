import { Table } from '@trussworks/react-uswds';
import { formatCents, sumCents } from '@abate/shared/money';

export interface BudgetRow {
  category: string;
  label: string;
  awardedCents: string;
  paidCents: string;
  pendingCents: string;
  remainingCents: string;
}

/** The award's budget at a glance: per SF-424A category, awarded, paid, pending and remaining, with totals. */
export function BudgetTable({ rows, caption }: { rows: readonly BudgetRow[]; caption: string }) {
  const total = (pick: (r: BudgetRow) => string) => formatCents(sumCents(rows.map((r) => BigInt(pick(r)))));
  return (
    <Table bordered fullWidth scrollable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Budget category</th>
          <th scope="col" className="text-right">
            Awarded
          </th>
          <th scope="col" className="text-right">
            Paid
          </th>
          <th scope="col" className="text-right">
            Pending
          </th>
          <th scope="col" className="text-right">
            Remaining
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.category}>
            <th scope="row">{row.label}</th>
            <td className="text-right font-mono-xs">{formatCents(row.awardedCents)}</td>
            <td className="text-right font-mono-xs">{formatCents(row.paidCents)}</td>
            <td className="text-right font-mono-xs">{formatCents(row.pendingCents)}</td>
            <td className="text-right font-mono-xs">{formatCents(row.remainingCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="text-right font-mono-xs text-bold">{total((r) => r.awardedCents)}</td>
          <td className="text-right font-mono-xs text-bold">{total((r) => r.paidCents)}</td>
          <td className="text-right font-mono-xs text-bold">{total((r) => r.pendingCents)}</td>
          <td className="text-right font-mono-xs text-bold">{total((r) => r.remainingCents)}</td>
        </tr>
      </tfoot>
    </Table>
  );
}
