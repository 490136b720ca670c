import { useQuery } from 'urql';
import { Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { categoryLabel } from '../model/labels';
import { reportPaymentComparisonQuery } from '../graphql/payments.documents';

/**
 * On the officer's report review: the report's spending per budget category beside what was
 * paid for the quarter, differences highlighted (positive: spent more than was paid).
 */
export function ReportPaymentComparison({ reportId }: { reportId: string }) {
  const [{ data, error }] = useQuery({ query: reportPaymentComparisonQuery, variables: { id: reportId } });
  if (error || !data) return null;
  const rows = data.quarterlyReport.paymentComparison;
  const differing = rows.filter((r) => r.differenceCents !== '0').length;
  return (
    <section aria-labelledby="payment-comparison-heading" className="margin-top-4">
      <h2 id="payment-comparison-heading">Reported spending and payments</h2>
      {rows.length === 0 ? (
        <p>No spending reported and nothing paid for this quarter.</p>
      ) : (
        <>
          <p>
            {differing === 0
              ? 'The spending reported matches what was paid for the quarter.'
              : `${differing} budget categor${differing === 1 ? 'y differs' : 'ies differ'} from what was paid for the quarter (highlighted).`}
          </p>
          <Table bordered fullWidth scrollable>
            <thead>
              <tr>
                <th scope="col">Budget category</th>
                <th scope="col" className="text-right">
                  Reported spending
                </th>
                <th scope="col" className="text-right">
                  Paid for the quarter
                </th>
                <th scope="col" className="text-right">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const differs = row.differenceCents !== '0';
                // USWDS tables paint each cell: the highlight goes on the cells, not the row.
                const cell = `text-right font-mono-xs${differs ? ' bg-accent-warm-lighter' : ''}`;
                return (
                  <tr key={row.category}>
                    <th scope="row" className={differs ? 'bg-accent-warm-lighter' : undefined}>
                      {categoryLabel(row.category)}
                    </th>
                    <td className={cell}>{formatCents(row.reportedCents)}</td>
                    <td className={cell}>{formatCents(row.paidCents)}</td>
                    <td className={`${cell}${differs ? ' text-bold' : ''}`}>
                      {formatCents(row.differenceCents)}
                      {differs && <span className="usa-sr-only"> (differs)</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
