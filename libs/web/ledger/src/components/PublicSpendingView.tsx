import { useQuery } from 'urql';
import { Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { Alert } from '@trussworks/react-uswds';
import { publicSpendingQuery } from '../graphql/ledger.documents';

/** Anonymous: each fund's money by fiscal year and strategy, non-remediation shown apart. No payees. */
export function PublicSpendingView() {
  const [{ data, fetching, error }] = useQuery({ query: publicSpendingQuery });
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the settlement fund spending: {error.message}
      </Alert>
    );
  if (fetching && !data) return <p>Loading…</p>;
  const funds = data?.publicSpending.funds ?? [];
  return (
    <>
      <p>
        <a className="usa-link margin-right-3" href="/exports/public-spending.csv" download>
          <span className="usa-sr-only">Download the spending data as </span>CSV
        </a>
        <a className="usa-link" href="/exports/public-spending.json" download>
          <span className="usa-sr-only">Download the spending data as </span>JSON
        </a>
      </p>
      {funds.length === 0 && <p>No settlement fund publishes its books here yet.</p>}
      {funds.map((fund) => (
        <section key={fund.fundId} aria-labelledby={`fund-${fund.fundId}`}>
          <h2 id={`fund-${fund.fundId}`}>{fund.fundName}</h2>
          <p>Rules: {fund.ruleSetTitle}</p>
          {[...fund.years].reverse().map((y) => (
            <Table key={y.fiscalYear} bordered compact fullWidth>
              <caption>
                Fiscal year {y.fiscalYear} ({y.periodStart} to {y.periodEnd})
              </caption>
              <tbody>
                {(
                  [
                    ['Received', y.receivedCents],
                    ['Interest earned', y.interestCents],
                    ['Authorized', y.authorizedCents],
                    ['Committed to awards (year end)', y.committedCents],
                    ['Spent, all uses', y.spentCents],
                    ['Administration', y.administrativeCents],
                    ['Audit', y.auditCents],
                    ['Non-remediation uses (shown apart)', y.nonRemediationCents],
                  ] as const
                ).map(([label, cents]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td className="text-right">{formatCents(cents)}</td>
                    <td />
                  </tr>
                ))}
                {y.strategies.map((s) => (
                  <tr key={`${s.taxonomyKey}-${s.strategyCode}`}>
                    <th scope="row">Spent on {s.title}</th>
                    <td className="text-right">{formatCents(s.spentCents)}</td>
                    <td className="text-right">{formatCents(s.committedCents)} committed</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ))}
        </section>
      ))}
    </>
  );
}
