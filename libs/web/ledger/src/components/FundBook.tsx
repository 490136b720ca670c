import { lazy, Suspense, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, AlertText, Button, Table } from '@trussworks/react-uswds';
import { formatCents, parseDollars } from '@abate/shared/money';
import { InputField, MoneyField, SelectField } from '@abate/web/ui';
import type { LedgerEntryKind } from '@abate/web/core';
import {
  allocateToRoundMutation,
  authorizeSpendingMutation,
  fundQuery,
  fundReportQuery,
  fundsQuery,
  recordExpenditureMutation,
  recordInterestMutation,
  recordReceiptMutation,
  referenceQuery,
  reverseEntryMutation,
} from '../graphql/ledger.documents';

const BalanceChart = lazy(() => import('./BalanceChart'));
const PAGE = 25;
const context = { additionalTypenames: ['LedgerEntry', 'SpendingAuthorization', 'SettlementFund', 'FundingRound'] };

const REPORTS = [
  { kind: 'ANNUAL_FINANCIAL', label: 'Annual financial report' },
  { kind: 'NON_REMEDIATION', label: 'Non-remediation uses' },
  { kind: 'ADMIN_CAP', label: 'Administration against the cap' },
  { kind: 'SPEND_DEADLINE', label: 'Spend-deadline aging' },
  { kind: 'STRATEGY_SUMMARY', label: 'Spending by strategy' },
] as const;
type ReportKindName = (typeof REPORTS)[number]['kind'];

/** The list of funds a finance officer (or an officer, an auditor) keeps or reads. */
export function FundList({ fundPath }: { fundPath: (id: string) => string }) {
  const [{ data, fetching, error }] = useQuery({ query: fundsQuery, context: useMemo(() => context, []) });
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

const dollars = (text: string) => parseDollars(text);
const messageOf = (
  error:
    { graphQLErrors?: Array<{ message: string; extensions?: Record<string, unknown> }>; message: string } | undefined,
) =>
  error
    ? error.graphQLErrors?.[0]
      ? `${error.graphQLErrors[0].message}${error.graphQLErrors[0].extensions?.['field'] ? ` (${String(error.graphQLErrors[0].extensions['field'])})` : ''}`
      : error.message
    : null;

function FormResult({ error, done }: { error: string | null; done: string | null }) {
  if (error) {
    return (
      <Alert type="error" slim role="alert">
        <AlertText>{error}</AlertText>
      </Alert>
    );
  }
  if (done) {
    return (
      <Alert type="success" slim role="status">
        <AlertText>{done}</AlertText>
      </Alert>
    );
  }
  return null;
}

/** A finance officer's book of one fund: balances, entries, forms and reports. */
export function FundBook({ fundId, canWrite }: { fundId: string; canWrite: boolean }) {
  const [kind, setKind] = useState('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const ctx = useMemo(() => context, []);
  const [{ data, fetching, error }] = useQuery({
    query: fundQuery,
    variables: { id: fundId, first: PAGE, after, kind: (kind || null) as LedgerEntryKind | null },
    context: ctx,
  });
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
        <Forms
          fundId={fund.id}
          taxonomyKey={fund.ruleSet.defaultTaxonomyKey}
          lines={fund.authorizations.flatMap((a) => a.lines.map((l) => ({ ...l, authority: a.authority })))}
        />
      )}

      <h2 id="entries-heading">Entries</h2>
      <div className="grid-row grid-gap">
        <div className="grid-col-auto">
          <SelectField
            id="entry-kind"
            label="Show"
            value={kind}
            onChange={(v) => {
              setKind(v);
              setCursors([null]);
            }}
            placeholder="All entries"
            options={['RECEIPT', 'INTEREST', 'EXPENDITURE', 'ENCUMBRANCE', 'OPENING'].map((k) => ({
              value: k,
              label: k.charAt(0) + k.slice(1).toLowerCase(),
            }))}
          />
        </div>
      </div>
      <p>{entries.totalCount} entries, newest first. Entries never change: a correction is a reversing entry.</p>
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
      <div className="display-flex flex-justify">
        <Button type="button" outline disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Newer entries
        </Button>
        <Button
          type="button"
          outline
          disabled={!entries.pageInfo.hasNextPage}
          onClick={() => setCursors((c) => [...c, entries.pageInfo.endCursor])}
        >
          Older entries
        </Button>
      </div>
    </>
  );
}

function ReverseButton({ entryId }: { entryId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [result, reverse] = useMutation(reverseEntryMutation);
  if (!open) {
    return (
      <Button type="button" unstyled onClick={() => setOpen(true)}>
        Reverse
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void reverse({ entryId, reason }, context);
      }}
    >
      <InputField id={`reason-${entryId}`} label="Why reverse it?" value={reason} onChange={setReason} />
      <Button type="submit" disabled={result.fetching}>
        Post the reversal
      </Button>
      <FormResult error={messageOf(result.error)} done={null} />
    </form>
  );
}

interface LineOption {
  id: string;
  authority: string;
  taxonomyKey: string;
  strategyCode: string;
  amountCents: string;
  allocatedCents: string;
}

function Forms({ fundId, taxonomyKey, lines }: { fundId: string; taxonomyKey: string; lines: LineOption[] }) {
  const [{ data }] = useQuery({ query: referenceQuery });
  const codes = data?.strategyTaxonomies.find((t) => t.key === taxonomyKey)?.codes.filter((c) => c.taggable) ?? [];
  const codeOptions = codes.map((c) => ({ value: c.code, label: `${c.code}: ${c.title}` }));
  return (
    <>
      <h2>Record</h2>
      <div className="grid-row grid-gap-lg">
        <div className="tablet:grid-col-6">
          <ReceiptForm fundId={fundId} settlements={data?.settlements ?? []} />
        </div>
        <div className="tablet:grid-col-6">
          <InterestForm fundId={fundId} />
        </div>
        <div className="tablet:grid-col-6">
          <AuthorizationForm fundId={fundId} taxonomyKey={taxonomyKey} codeOptions={codeOptions} />
        </div>
        <div className="tablet:grid-col-6">
          <AllocationForm lines={lines} rounds={data?.fundingRounds.nodes ?? []} />
        </div>
        <div className="tablet:grid-col-12">
          <ExpenditureForm fundId={fundId} taxonomyKey={taxonomyKey} codeOptions={codeOptions} />
        </div>
      </div>
    </>
  );
}

function useForm() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    error,
    done,
    fail: (m: string) => (setError(m), setDone(null)),
    ok: (m: string) => (setError(null), setDone(m)),
  };
}

function ReceiptForm({ fundId, settlements }: { fundId: string; settlements: Array<{ key: string; title: string }> }) {
  const [settlementKey, setSettlement] = useState('');
  const [paymentYear, setYear] = useState(String(new Date().getFullYear()));
  const [receivedOn, setOn] = useState('');
  const [amount, setAmount] = useState('');
  const [payer, setPayer] = useState('');
  const [reference, setReference] = useState('');
  const [result, record] = useMutation(recordReceiptMutation);
  const f = useForm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = dollars(amount);
    if (cents === null || cents <= 0n) return f.fail('Enter the amount received, e.g. $25,000,000.00');
    const res = await record(
      {
        fundId,
        input: {
          settlementKey,
          paymentYear: Number(paymentYear),
          receivedOn,
          amountCents: cents.toString(),
          payer,
          reference: reference || null,
        },
      },
      context,
    );
    if (res.error) return f.fail(messageOf(res.error) ?? 'Not recorded');
    f.ok(`Receipt of ${formatCents(cents)} recorded`);
    setAmount('');
  };
  return (
    <form onSubmit={submit} aria-labelledby="receipt-heading">
      <h3 id="receipt-heading">Receipt</h3>
      <SelectField
        id="receipt-settlement"
        label="Settlement"
        value={settlementKey}
        onChange={setSettlement}
        placeholder="Choose a settlement"
        options={settlements.map((s) => ({ value: s.key, label: s.title }))}
      />
      <InputField
        id="receipt-year"
        label="Payment year"
        value={paymentYear}
        onChange={setYear}
        inputMode="numeric"
        width="xs"
      />
      <InputField id="receipt-date" label="Received on" type="date" value={receivedOn} onChange={setOn} />
      <MoneyField id="receipt-amount" label="Amount" value={amount} onChange={setAmount} />
      <InputField
        id="receipt-payer"
        label="Payer"
        value={payer}
        onChange={setPayer}
        hint="e.g. BrownGreer PLC (settlement administrator)"
      />
      <InputField id="receipt-reference" label="Reference (optional)" value={reference} onChange={setReference} />
      <Button type="submit" disabled={result.fetching}>
        Record the receipt
      </Button>
      <FormResult error={f.error} done={f.done} />
    </form>
  );
}

function InterestForm({ fundId }: { fundId: string }) {
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const [amount, setAmount] = useState('');
  const [result, record] = useMutation(recordInterestMutation);
  const f = useForm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = dollars(amount);
    if (cents === null || cents <= 0n) return f.fail('Enter the interest earned');
    const res = await record({ fundId, input: { periodStart, periodEnd, amountCents: cents.toString() } }, context);
    if (res.error) return f.fail(messageOf(res.error) ?? 'Not recorded');
    f.ok(`Interest of ${formatCents(cents)} recorded`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="interest-heading">
      <h3 id="interest-heading">Interest</h3>
      <InputField id="interest-start" label="Period from" type="date" value={periodStart} onChange={setStart} />
      <InputField id="interest-end" label="Period to" type="date" value={periodEnd} onChange={setEnd} />
      <MoneyField id="interest-amount" label="Interest earned" value={amount} onChange={setAmount} />
      <Button type="submit" disabled={result.fetching}>
        Record the interest
      </Button>
      <FormResult error={f.error} done={f.done} />
    </form>
  );
}

function AuthorizationForm({
  fundId,
  taxonomyKey,
  codeOptions,
}: {
  fundId: string;
  taxonomyKey: string;
  codeOptions: Array<{ value: string; label: string }>;
}) {
  const [authority, setAuthority] = useState('');
  const [adoptedOn, setAdopted] = useState('');
  const [code, setCode] = useState('');
  const [amount, setAmount] = useState('');
  const [startsOn, setStarts] = useState('');
  const [endsOn, setEnds] = useState('');
  const [result, authorize] = useMutation(authorizeSpendingMutation);
  const f = useForm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = dollars(amount);
    if (cents === null || cents <= 0n) return f.fail('Enter the amount authorized');
    const res = await authorize(
      {
        fundId,
        input: {
          authority,
          adoptedOn,
          lines: [{ taxonomyKey, strategyCode: code, amountCents: cents.toString(), startsOn, endsOn }],
        },
      },
      context,
    );
    if (res.error) return f.fail(messageOf(res.error) ?? 'Not recorded');
    f.ok(`${formatCents(cents)} authorized for strategy ${code}`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="authorization-heading">
      <h3 id="authorization-heading">Spending authorization</h3>
      <InputField
        id="auth-authority"
        label="Authority"
        value={authority}
        onChange={setAuthority}
        hint="The resolution or budget ordinance, e.g. Resolution 2025-14"
      />
      <InputField id="auth-adopted" label="Adopted on" type="date" value={adoptedOn} onChange={setAdopted} />
      <SelectField
        id="auth-code"
        label="Strategy"
        value={code}
        onChange={setCode}
        placeholder="Choose a strategy"
        options={codeOptions}
      />
      <MoneyField id="auth-amount" label="Amount" value={amount} onChange={setAmount} />
      <InputField id="auth-starts" label="From" type="date" value={startsOn} onChange={setStarts} />
      <InputField id="auth-ends" label="To" type="date" value={endsOn} onChange={setEnds} />
      <Button type="submit" disabled={result.fetching}>
        Record the authorization
      </Button>
      <FormResult error={f.error} done={f.done} />
    </form>
  );
}

function AllocationForm({
  lines,
  rounds,
}: {
  lines: LineOption[];
  rounds: Array<{ id: string; title: string; budgetCents: string | number }>;
}) {
  const [lineId, setLine] = useState('');
  const [roundId, setRound] = useState('');
  const [amount, setAmount] = useState('');
  const [result, allocate] = useMutation(allocateToRoundMutation);
  const f = useForm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = dollars(amount);
    if (cents === null || cents <= 0n) return f.fail('Enter the amount to allocate');
    const res = await allocate({ roundId, lineId, amountCents: cents.toString() }, context);
    if (res.error) return f.fail(messageOf(res.error) ?? 'Not allocated');
    f.ok(
      `${formatCents(cents)} allocated; the round now has ${formatCents(res.data?.allocateToRound.funding?.allocatedCents ?? '0')}`,
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="allocation-heading">
      <h3 id="allocation-heading">Allocate to a funding round</h3>
      <SelectField
        id="alloc-line"
        label="Authorization line"
        value={lineId}
        onChange={setLine}
        placeholder="Choose a line"
        options={lines.map((l) => ({
          value: l.id,
          label: `${l.authority}: ${l.strategyCode}, ${formatCents((BigInt(l.amountCents) - BigInt(l.allocatedCents)).toString())} left`,
        }))}
      />
      <SelectField
        id="alloc-round"
        label="Funding round"
        value={roundId}
        onChange={setRound}
        placeholder="Choose a round"
        options={rounds.map((r) => ({
          value: r.id,
          label: `${r.title} (budget ${formatCents(String(r.budgetCents))})`,
        }))}
      />
      <MoneyField id="alloc-amount" label="Amount" value={amount} onChange={setAmount} />
      <Button type="submit" disabled={result.fetching}>
        Allocate
      </Button>
      <FormResult error={f.error} done={f.done} />
    </form>
  );
}

function ExpenditureForm({
  fundId,
  taxonomyKey,
  codeOptions,
}: {
  fundId: string;
  taxonomyKey: string;
  codeOptions: Array<{ value: string; label: string }>;
}) {
  const [paidOn, setPaid] = useState('');
  const [payee, setPayee] = useState('');
  const [description, setDescription] = useState('');
  const [classification, setClassification] = useState('REMEDIATION');
  const [amount, setAmount] = useState('');
  const [splits, setSplits] = useState([{ code: '', amount: '' }]);
  const [result, record] = useMutation(recordExpenditureMutation);
  const f = useForm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = dollars(amount);
    if (cents === null || cents <= 0n) return f.fail('Enter the amount paid');
    const parts = splits.filter((s) => s.code || s.amount);
    const parsed = parts.map((s) => ({
      taxonomyKey,
      strategyCode: s.code,
      amountCents: (dollars(s.amount) ?? 0n).toString(),
    }));
    const res = await record(
      {
        fundId,
        input: {
          paidOn,
          payee,
          description,
          classification: classification as 'REMEDIATION',
          amountCents: cents.toString(),
          splits: parsed,
        },
      },
      context,
    );
    if (res.error) return f.fail(messageOf(res.error) ?? 'Not recorded');
    f.ok(`Expenditure of ${formatCents(cents)} recorded`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="expenditure-heading">
      <h3 id="expenditure-heading">Expenditure</h3>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <InputField id="exp-paid" label="Paid on" type="date" value={paidOn} onChange={setPaid} />
          <InputField id="exp-payee" label="Payee" value={payee} onChange={setPayee} />
          <InputField id="exp-description" label="What for" value={description} onChange={setDescription} />
        </div>
        <div className="tablet:grid-col-6">
          <SelectField
            id="exp-class"
            label="Classification"
            value={classification}
            onChange={setClassification}
            options={[
              { value: 'REMEDIATION', label: 'Remediation (a strategy)' },
              { value: 'NON_REMEDIATION', label: 'Non-remediation' },
              { value: 'ADMINISTRATIVE', label: 'Administrative (common cost)' },
              { value: 'AUDIT', label: 'Audit' },
            ]}
          />
          <MoneyField
            id="exp-amount"
            label="Amount"
            value={amount}
            onChange={setAmount}
            hint="The strategy amounts must add up to it"
          />
        </div>
      </div>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">Split across strategies</legend>
        {splits.map((s, i) => (
          <div key={i} className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <SelectField
                id={`exp-split-${i}-code`}
                label={`Strategy ${i + 1}`}
                value={s.code}
                onChange={(v) => setSplits((all) => all.map((x, j) => (j === i ? { ...x, code: v } : x)))}
                placeholder="Choose a strategy"
                options={codeOptions}
              />
            </div>
            <div className="tablet:grid-col-6">
              <MoneyField
                id={`exp-split-${i}-amount`}
                label={`Amount ${i + 1}`}
                value={s.amount}
                onChange={(v) => setSplits((all) => all.map((x, j) => (j === i ? { ...x, amount: v } : x)))}
              />
            </div>
          </div>
        ))}
        <Button type="button" outline onClick={() => setSplits((all) => [...all, { code: '', amount: '' }])}>
          Add a strategy
        </Button>
      </fieldset>
      <Button type="submit" disabled={result.fetching}>
        Record the expenditure
      </Button>
      <FormResult error={f.error} done={f.done} />
    </form>
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
    context: useMemo(() => context, []),
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
