import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { InputField, Pager, SelectField, useCursorPages } from '@abate/web/ui';
import type { LedgerEntryKind } from '@abate/web/core';
import { fundQuery, fundReportQuery, fundsQuery } from '../graphql/ledger.documents';
import { FundForms, ReverseButton } from './FundForms';
import { ledgerContext as context, useStrategyOptions } from './ledger-context';

const BalanceChart = lazy(() => import('./BalanceChart'));
const PAGE = 25;

const REPORTS = [
  { kind: 'ANNUAL_FINANCIAL', label: 'Annual financial report' },
  { kind: 'NON_REMEDIATION', label: 'Non-remediation uses' },
  { kind: 'ADMIN_CAP', label: 'Administration against the cap' },
  { kind: 'SPEND_DEADLINE', label: 'Spend-deadline aging' },
  { kind: 'STRATEGY_SUMMARY', label: 'Spending by strategy' },
  { kind: 'ROUND_ALLOCATIONS', label: 'Funding rounds paid from the fund' },
] as const;
type ReportKindName = (typeof REPORTS)[number]['kind'];

/** The list of funds a finance officer (or an officer, an auditor) keeps or reads. */
export function FundList({ fundPath }: { fundPath: (id: string) => string }) {
  const [{ data, fetching, error }] = useQuery({ query: fundsQuery, context });
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the settlement funds: {error.message}
      </Alert>
    );
  if (fetching && !data) return <p>Loading the funds…</p>;
  const funds = data?.settlementFunds.nodes ?? [];
  if (!funds.length) return <p>No settlement fund yet.</p>;
  return (
    <ul className="usa-card-group">
      {funds.map((f) => (
        <li key={f.id} className="usa-card tablet:grid-col-6">
          <div className="usa-card__container">
            <div className="usa-card__header">
              <h2 className="usa-card__heading">
                <Link className="usa-link" to={fundPath(f.id)}>
                  {f.name}
                </Link>
              </h2>
            </div>
            <div className="usa-card__body">
              <p>
                {f.organizationName} · {f.ruleSet.title}
              </p>
              <p>
                Received {formatCents(f.balances.receivedCents)}; available {formatCents(f.balances.availableCents)}
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A finance officer's book of one fund: balances, entries, forms and reports. */
export function FundBook({ fundId, canWrite }: { fundId: string; canWrite: boolean }) {
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS);
  const pages = useCursorPages();
  const rangeProblem =
    filters.from && filters.to && filters.to < filters.from ? 'Choose a date on or after “From”' : null;
  const [{ data, fetching, error }] = useQuery({
    query: fundQuery,
    variables: {
      id: fundId,
      first: PAGE,
      after: pages.after,
      kind: (filters.kind || null) as LedgerEntryKind | null,
      from: (!rangeProblem && filters.from) || null,
      to: (!rangeProblem && filters.to) || null,
      strategyCode: filters.strategyCode || null,
    },
    context,
  });
  const codeOptions = useStrategyOptions(data?.settlementFund.ruleSet.defaultTaxonomyKey ?? '');
  const filter = (patch: Partial<EntryFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    pages.reset();
  };
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the fund: {error.message}
      </Alert>
    );
  if (fetching && !data) return <p>Loading the fund…</p>;
  const fund = data?.settlementFund;
  if (!fund) return <p>No such fund.</p>;
  const b = fund.balances;
  const rows: Array<[string, string, string]> = [
    ['Received', b.receivedCents, 'Receipts from the settlements (and any opening balance below)'],
    ['Opening balance', b.openingCents, 'Money in the fund when it came into Abate'],
    ['Interest', b.interestCents, 'Earned on the fund'],
    ['Authorized', b.authorizedCents, 'Named by the governing body by strategy'],
    ['Allocated to rounds', b.allocatedCents, 'Authorized money set aside for funding rounds'],
    ['Committed to awards', b.encumberedCents, 'Released awards not yet paid'],
    ['Spent', b.expendedCents, 'Expenditures, net of reversals'],
    ['Cash', b.cashCents, 'Opening + received + interest − spent'],
    ['Available', b.availableCents, 'Cash not committed to awards'],
    ['Not yet authorized', b.unauthorizedCents, 'Money in that no authorization names yet'],
  ];
  const entries = fund.entries;
  return (
    <>
      <p className="usa-intro">
        {fund.organizationName} · {fund.ruleSet.title} · opened {fund.openedOn}
      </p>
      <h2>Balances</h2>
      <Table bordered compact fullWidth>
        <caption className="usa-sr-only">Balances of {fund.name}, each a sum of its entries</caption>
        <thead>
          <tr>
            <th scope="col">Balance</th>
            <th scope="col" className="text-right">
              Amount
            </th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cents, meaning]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="text-right font-mono-xs" data-testid={`balance-${label}`}>
                {formatCents(cents)}
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Suspense fallback={<p>Loading the chart…</p>}>
        <BalanceChart
          bars={[
            { label: 'Received', cents: (BigInt(b.receivedCents) + BigInt(b.openingCents)).toString() },
            { label: 'Interest', cents: b.interestCents },
            { label: 'Authorized', cents: b.authorizedCents },
            { label: 'Committed', cents: b.encumberedCents },
            { label: 'Spent', cents: b.expendedCents },
            { label: 'Available', cents: b.availableCents },
          ]}
        />
      </Suspense>

      <h2>Reports</h2>
      <Reports fundId={fund.id} startMonth={fund.ruleSet.fiscalYearStartMonth} />

      <h2>Spending authorizations</h2>
      {fund.authorizations.length === 0 && <p>No authorization yet.</p>}
      {fund.authorizations.map((a) => (
        <Table key={a.id} bordered compact fullWidth>
          <caption>
            {a.authority}, adopted {a.adoptedOn}: {formatCents(a.totalCents)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Period</th>
              <th scope="col" className="text-right">
                Authorized
              </th>
              <th scope="col" className="text-right">
                Allocated to rounds
              </th>
            </tr>
          </thead>
          <tbody>
            {a.lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.taxonomyKey} {l.strategyCode}
                </td>
                <td>
                  {l.startsOn} to {l.endsOn}
                </td>
                <td className="text-right">{formatCents(l.amountCents)}</td>
                <td className="text-right">{formatCents(l.allocatedCents)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}

      {canWrite && (
        <FundForms
          fundId={fund.id}
          taxonomyKey={fund.ruleSet.defaultTaxonomyKey}
          lines={fund.authorizations.flatMap((a) => a.lines.map((l) => ({ ...l, authority: a.authority })))}
          fundedRounds={fund.fundedRounds}
        />
      )}

      <h2 id="entries-heading">Entries</h2>
      <EntryFilterFields filters={filters} onChange={filter} codeOptions={codeOptions} rangeProblem={rangeProblem} />
      <p aria-live="polite">
        {entries.totalCount} {Object.values(filters).some(Boolean) ? 'matching ' : ''}entries, newest first. Entries
        never change: a correction is a reversing entry.
      </p>
      <Table bordered compact fullWidth>
        <caption className="usa-sr-only">Ledger entries</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">Detail</th>
            <th scope="col" className="text-right">
              Amount
            </th>
            {canWrite && <th scope="col">Correct</th>}
          </tr>
        </thead>
        <tbody>
          {entries.nodes.map((e) => (
            <tr key={e.id}>
              <td>{e.occurredOn}</td>
              <td>
                {e.kind.toLowerCase()}
                {e.classification ? ` (${e.classification.toLowerCase().replace('_', '-')})` : ''}
              </td>
              <td>
                {[e.settlementKey, e.payer, e.payee, e.description].filter(Boolean).join(' · ')}
                {e.splits.length > 0 && (
                  <span className="display-block text-base">
                    {e.splits.map((s) => `${s.strategyCode}: ${formatCents(s.amountCents)}`).join('; ')}
                  </span>
                )}
                {e.reversesEntryId && <span className="display-block text-base">Reversal: {e.reason}</span>}
                {e.reversedByEntryId && <span className="display-block text-base">Reversed</span>}
              </td>
              <td className="text-right">{formatCents(e.amountCents)}</td>
              {canWrite && (
                <td>
                  {!e.reversesEntryId && !e.reversedByEntryId && e.kind !== 'ENCUMBRANCE' && (
                    <ReverseButton entryId={e.id} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager
        label="Pages of ledger entries"
        {...pages.pagerProps(entries, PAGE)}
        loading={fetching}
        previousLabel="Newer entries"
        nextLabel="Older entries"
      />
    </>
  );
}

interface EntryFilters {
  kind: string;
  from: string;
  to: string;
  strategyCode: string;
}
const NO_FILTERS: EntryFilters = { kind: '', from: '', to: '', strategyCode: '' };
const KINDS = ['RECEIPT', 'INTEREST', 'EXPENDITURE', 'ENCUMBRANCE', 'OPENING'];

/** The entries list's filters: kind, a date range, a strategy code (each change starts again at the newest page). */
function EntryFilterFields({
  filters,
  onChange,
  codeOptions,
  rangeProblem,
}: {
  filters: EntryFilters;
  onChange: (patch: Partial<EntryFilters>) => void;
  codeOptions: Array<{ value: string; label: string }>;
  rangeProblem: string | null;
}) {
  return (
    <fieldset className="usa-fieldset" aria-describedby="entries-heading">
      <legend className="usa-sr-only">Filter the entries</legend>
      <div className="grid-row grid-gap flex-align-end">
        <div className="grid-col-auto">
          <SelectField
            id="entry-kind"
            label="Show"
            value={filters.kind}
            onChange={(kind) => onChange({ kind })}
            placeholder="All entries"
            options={KINDS.map((k) => ({ value: k, label: k.charAt(0) + k.slice(1).toLowerCase() }))}
          />
        </div>
        <div className="grid-col-auto">
          <InputField
            id="entry-from"
            label="From"
            type="date"
            value={filters.from}
            onChange={(from) => onChange({ from })}
          />
        </div>
        <div className="grid-col-auto">
          <InputField
            id="entry-to"
            label="To"
            type="date"
            value={filters.to}
            onChange={(to) => onChange({ to })}
            error={rangeProblem ?? undefined}
          />
        </div>
        <div className="grid-col-auto">
          <SelectField
            id="entry-strategy"
            label="Strategy"
            value={filters.strategyCode}
            onChange={(strategyCode) => onChange({ strategyCode })}
            placeholder="Any strategy"
            options={codeOptions}
          />
        </div>
        <div className="grid-col-auto margin-bottom-1">
          <Button type="button" unstyled onClick={() => onChange(NO_FILTERS)}>
            Clear the filters
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

/** The fiscal year a date falls in (named by the year it ends in). */
export function fiscalYearOf(date: Date, startMonth: number): number {
  const month = date.getUTCMonth() + 1;
  return startMonth === 1 || month < startMonth ? date.getUTCFullYear() : date.getUTCFullYear() + 1;
}

function Reports({ fundId, startMonth }: { fundId: string; startMonth: number }) {
  const current = fiscalYearOf(new Date(), startMonth);
  const [kind, setKind] = useState<ReportKindName>('ANNUAL_FINANCIAL');
  const [year, setYear] = useState(String(current - 1));
  const [{ data, fetching, error }] = useQuery({
    query: fundReportQuery,
    variables: { fundId, kind, fiscalYear: Number(year) },
    context,
  });
  const report = data?.fundReport;
  const label = REPORTS.find((r) => r.kind === kind)!.label;
  return (
    <section aria-labelledby="report-heading">
      <div className="grid-row grid-gap">
        <div className="grid-col-auto">
          <SelectField
            id="report-kind"
            label="Report"
            value={kind}
            onChange={(v) => setKind(v as ReportKindName)}
            options={REPORTS.map((r) => ({ value: r.kind, label: r.label }))}
          />
        </div>
        <div className="grid-col-auto">
          <SelectField
            id="report-year"
            label="Fiscal year"
            value={year}
            onChange={setYear}
            options={Array.from({ length: 6 }, (_, i) => String(current - i)).map((y) => ({
              value: y,
              label: `FY${y}`,
            }))}
          />
        </div>
      </div>
      <p>
        <a className="usa-link margin-right-3" href={`/exports/funds/${fundId}/reports/${kind}/${year}.csv`} download>
          <span className="usa-sr-only">Download the {label} as </span>CSV
        </a>
        <a className="usa-link" href={`/exports/funds/${fundId}/reports/${kind}/${year}.xlsx`} download>
          <span className="usa-sr-only">Download the {label} as </span>Excel (XLSX)
        </a>
      </p>
      {error && (
        <Alert type="error" slim role="alert">
          Could not load the report: {error.message}
        </Alert>
      )}
      {fetching && !report && <p>Loading the report…</p>}
      {report && (
        <>
          <h3 id="report-heading">{report.title}</h3>
          <ul className="usa-list usa-list--unstyled" aria-label="Checks">
            {report.checks.map((c) => (
              <li key={c.code} className={c.ok ? 'text-green' : 'text-secondary-dark'}>
                <strong>{c.ok ? 'Pass' : 'Fail'}</strong>: {c.message}
              </li>
            ))}
          </ul>
          <Table bordered compact fullWidth scrollable>
            <caption className="usa-sr-only">{report.title}</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                {report.columns.map((c) => (
                  <th key={c.label} scope="col" className={c.kind === 'MONEY' ? 'text-right' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={`${r.label}-${i}`}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, j) => (
                    <td key={j} className={report.columns[j].kind === 'MONEY' ? 'text-right' : undefined}>
                      {report.columns[j].kind === 'MONEY' && v !== '' ? formatCents(v) : v}
                    </td>
                  ))}
                </tr>
              ))}
              {report.totals.map((t) => (
                <tr key={t.label}>
                  <th scope="row">Total: {t.label}</th>
                  <td colSpan={report.columns.length} className="text-right text-bold">
                    {formatCents(t.amountCents)}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
