import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from 'urql';
import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { formatCents, parseDollars } from '@abate/shared/money';
import { InputField, MoneyField, SelectField } from '@abate/web/ui';
import {
  allocateToRoundMutation,
  authorizeSpendingMutation,
  recordExpenditureMutation,
  recordInterestMutation,
  recordReceiptMutation,
  referenceQuery,
  reverseEntryMutation,
} from '../graphql/ledger.documents';
import { ledgerContext as context, useStrategyOptions } from './ledger-context';

/** A refusal the form shows as it is (a missing amount, the API's answer). */
class Problem extends Error {}

/** Where the API's field path points in the form: input.lines.1.amountCents -> "line 2, amountCents". */
export function describeField(field: string): string {
  return field
    .replace(/^input\./, '')
    .replace(/\blines\.(\d+)\.?/, (_m, i: string) => `line ${Number(i) + 1}, `)
    .replace(/\bsplits\.(\d+)\.?/, (_m, i: string) => `split ${Number(i) + 1}, `)
    .replace(/, $/, '');
}

/** The API's answer as one sentence that names the field it concerns. */
export function messageOf(error: Pick<CombinedError, 'graphQLErrors' | 'message'> | undefined): string | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  if (!first) return error.message;
  const field = first.extensions?.['field'];
  return typeof field === 'string' && field ? `${first.message} (${describeField(field)})` : first.message;
}

/** Positive cents from what was typed, or a Problem saying what to enter. */
function centsOf(text: string, what: string): bigint {
  const cents = parseDollars(text);
  if (cents === null || cents <= 0n) throw new Problem(what);
  return cents;
}

/** The option chosen, or a Problem saying what to choose. */
function chosen(value: string, what: string): string {
  if (!value) throw new Problem(what);
  return value;
}

/** The mutation's data, or a Problem with the API's reason. */
function settled<T>(res: { data?: T; error?: CombinedError }): T {
  if (res.error || !res.data) throw new Problem(messageOf(res.error) ?? 'Not recorded');
  return res.data;
}

/** One entry form: heading, fields, submit button, and the outcome (error or what was recorded). */
function EntryForm({
  id,
  title,
  submitLabel,
  busy,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  submitLabel: string;
  busy: boolean;
  /** Returns what was recorded, or throws a Problem. */
  onSubmit: () => Promise<string>;
  children: ReactNode;
}) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setOutcome({ ok: true, text: await onSubmit() });
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      setOutcome({ ok: false, text: e.message });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
      {outcome && (
        <Alert type={outcome.ok ? 'success' : 'error'} slim role={outcome.ok ? 'status' : 'alert'}>
          <AlertText>{outcome.text}</AlertText>
        </Alert>
      )}
    </form>
  );
}

/** Rows of a form that come in numbers (authorization lines, expenditure splits), with add and remove. */
function RowsFieldset<T>({
  legend,
  rows,
  onChange,
  blank,
  addLabel,
  removeLabel,
  renderRow,
}: {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: T;
  addLabel: string;
  removeLabel: (i: number) => string;
  renderRow: (row: T, i: number, set: (patch: Partial<T>) => void) => ReactNode;
}) {
  return (
    <fieldset className="usa-fieldset margin-bottom-2">
      <legend className="usa-legend">{legend}</legend>
      {rows.map((row, i) => (
        <div key={i} className="border-top border-base-lighter margin-top-1">
          {renderRow(row, i, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
          {rows.length > 1 && (
            <Button type="button" unstyled onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {removeLabel(i)}
            </Button>
          )}
        </div>
      ))}
      <Button type="button" outline className="margin-top-2" onClick={() => onChange([...rows, blank])}>
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** A strategy and an amount, as an authorization line and an expenditure split both take them. */
function StrategyAmount({
  id,
  label,
  row,
  set,
  codeOptions,
}: {
  id: string;
  label: string;
  row: { code: string; amount: string };
  set: (patch: { code?: string; amount?: string }) => void;
  codeOptions: CodeOptions;
}) {
  return (
    <>
      <SelectField
        id={`${id}-code`}
        label={`${label}: strategy`}
        value={row.code}
        onChange={(code) => set({ code })}
        placeholder="Choose a strategy"
        options={codeOptions}
      />
      <MoneyField
        id={`${id}-amount`}
        label={`${label}: amount`}
        value={row.amount}
        onChange={(amount) => set({ amount })}
      />
    </>
  );
}

export function ReverseButton({ entryId }: { entryId: string }) {
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
      {result.error && (
        <Alert type="error" slim role="alert">
          <AlertText>{messageOf(result.error)}</AlertText>
        </Alert>
      )}
    </form>
  );
}

export interface LineOption {
  id: string;
  authority: string;
  taxonomyKey: string;
  strategyCode: string;
  amountCents: string;
  allocatedCents: string;
}

type CodeOptions = Array<{ value: string; label: string }>;

/** The finance officer's forms: receipts, interest, authorizations, allocations, expenditures. */
export function FundForms({
  fundId,
  taxonomyKey,
  lines,
  fundedRounds,
}: {
  fundId: string;
  taxonomyKey: string;
  lines: LineOption[];
  /** The rounds this fund pays, drafts included (the finance officer allocates before the round is published). */
  fundedRounds: Array<{ roundId: string; title: string; published: boolean; budgetCents: string }>;
}) {
  const [{ data }] = useQuery({ query: referenceQuery });
  const codeOptions = useStrategyOptions(taxonomyKey);
  const rounds = [
    ...fundedRounds.map((r) => ({
      id: r.roundId,
      title: r.published ? r.title : `${r.title}, draft`,
      budgetCents: r.budgetCents,
    })),
    ...(data?.fundingRounds.nodes ?? []).filter((r) => !fundedRounds.some((f) => f.roundId === r.id)),
  ];
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
        <div className="tablet:grid-col-12">
          <AuthorizationForm fundId={fundId} taxonomyKey={taxonomyKey} codeOptions={codeOptions} />
        </div>
        <div className="tablet:grid-col-6">
          <AllocationForm lines={lines} rounds={rounds} />
        </div>
        <div className="tablet:grid-col-12">
          <ExpenditureForm fundId={fundId} taxonomyKey={taxonomyKey} codeOptions={codeOptions} />
        </div>
      </div>
    </>
  );
}

function ReceiptForm({ fundId, settlements }: { fundId: string; settlements: Array<{ key: string; title: string }> }) {
  const [settlementKey, setSettlement] = useState('');
  const [paymentYear, setYear] = useState(String(new Date().getFullYear()));
  const [receivedOn, setOn] = useState('');
  const [amount, setAmount] = useState('');
  const [payer, setPayer] = useState('');
  const [reference, setReference] = useState('');
  const [result, record] = useMutation(recordReceiptMutation);
  const submit = async () => {
    const cents = centsOf(amount, 'Enter the amount received, e.g. $25,000,000.00');
    const input = { settlementKey, paymentYear: Number(paymentYear), receivedOn, payer, reference: reference || null };
    settled(await record({ fundId, input: { ...input, amountCents: cents.toString() } }, context));
    setAmount('');
    return `Receipt of ${formatCents(cents)} recorded`;
  };
  return (
    <EntryForm id="receipt" title="Receipt" submitLabel="Record the receipt" busy={result.fetching} onSubmit={submit}>
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
    </EntryForm>
  );
}

function InterestForm({ fundId }: { fundId: string }) {
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const [amount, setAmount] = useState('');
  const [result, record] = useMutation(recordInterestMutation);
  const submit = async () => {
    const cents = centsOf(amount, 'Enter the interest earned');
    settled(await record({ fundId, input: { periodStart, periodEnd, amountCents: cents.toString() } }, context));
    return `Interest of ${formatCents(cents)} recorded`;
  };
  return (
    <EntryForm
      id="interest"
      title="Interest"
      submitLabel="Record the interest"
      busy={result.fetching}
      onSubmit={submit}
    >
      <InputField id="interest-start" label="Period from" type="date" value={periodStart} onChange={setStart} />
      <InputField id="interest-end" label="Period to" type="date" value={periodEnd} onChange={setEnd} />
      <MoneyField id="interest-amount" label="Interest earned" value={amount} onChange={setAmount} />
    </EntryForm>
  );
}

interface AuthorizationLineRow {
  code: string;
  amount: string;
  startsOn: string;
  endsOn: string;
}

/** A resolution with its lines (strategy, amount, period), sent and checked together. */
function AuthorizationForm({
  fundId,
  taxonomyKey,
  codeOptions,
}: {
  fundId: string;
  taxonomyKey: string;
  codeOptions: CodeOptions;
}) {
  const blank: AuthorizationLineRow = { code: '', amount: '', startsOn: '', endsOn: '' };
  const [authority, setAuthority] = useState('');
  const [adoptedOn, setAdopted] = useState('');
  const [rows, setRows] = useState<AuthorizationLineRow[]>([blank]);
  const [result, authorize] = useMutation(authorizeSpendingMutation);
  const submit = async () => {
    const lines = rows.map((r, i) => ({
      taxonomyKey,
      strategyCode: chosen(r.code, `Choose the strategy of line ${i + 1}`),
      amountCents: centsOf(r.amount, `Enter the amount authorized (line ${i + 1})`).toString(),
      startsOn: r.startsOn,
      endsOn: r.endsOn,
    }));
    const data = settled(await authorize({ fundId, input: { authority, adoptedOn, lines } }, context));
    setRows([blank]);
    const strategies = lines.map((l) => l.strategyCode).join(', ');
    return `${formatCents(data.authorizeSpending.totalCents)} authorized in ${lines.length} line${lines.length > 1 ? 's' : ''} (strategy ${strategies})`;
  };
  return (
    <EntryForm
      id="authorization"
      title="Spending authorization"
      submitLabel="Record the authorization"
      busy={result.fetching}
      onSubmit={submit}
    >
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <InputField
            id="auth-authority"
            label="Authority"
            value={authority}
            onChange={setAuthority}
            hint="The resolution or budget ordinance, e.g. Resolution 2025-14"
          />
        </div>
        <div className="tablet:grid-col-6">
          <InputField id="auth-adopted" label="Adopted on" type="date" value={adoptedOn} onChange={setAdopted} />
        </div>
      </div>
      <RowsFieldset
        legend="Lines of the resolution (strategy, amount, period)"
        rows={rows}
        onChange={setRows}
        blank={blank}
        addLabel="Add a line"
        removeLabel={(i) => `Remove line ${i + 1}`}
        renderRow={(row, i, set) => (
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <StrategyAmount id={`auth-${i}`} label={`Line ${i + 1}`} row={row} set={set} codeOptions={codeOptions} />
            </div>
            <div className="tablet:grid-col-6">
              <InputField
                id={`auth-${i}-starts`}
                label={`Line ${i + 1}: from`}
                type="date"
                value={row.startsOn}
                onChange={(startsOn) => set({ startsOn })}
              />
              <InputField
                id={`auth-${i}-ends`}
                label={`Line ${i + 1}: to`}
                type="date"
                value={row.endsOn}
                onChange={(endsOn) => set({ endsOn })}
              />
            </div>
          </div>
        )}
      />
    </EntryForm>
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
  const submit = async () => {
    const cents = centsOf(amount, 'Enter the amount to allocate');
    const data = settled(await allocate({ roundId, lineId, amountCents: cents.toString() }, context));
    return `${formatCents(cents)} allocated; the round now has ${formatCents(data.allocateToRound.funding?.allocatedCents ?? '0')}`;
  };
  return (
    <EntryForm
      id="allocation"
      title="Allocate to a funding round"
      submitLabel="Allocate"
      busy={result.fetching}
      onSubmit={submit}
    >
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
    </EntryForm>
  );
}

const CLASSIFICATIONS = [
  { value: 'REMEDIATION', label: 'Remediation (a strategy)' },
  { value: 'NON_REMEDIATION', label: 'Non-remediation' },
  { value: 'ADMINISTRATIVE', label: 'Administrative (common cost)' },
  { value: 'AUDIT', label: 'Audit' },
] as const;
type Classification = (typeof CLASSIFICATIONS)[number]['value'];

function ExpenditureForm({
  fundId,
  taxonomyKey,
  codeOptions,
}: {
  fundId: string;
  taxonomyKey: string;
  codeOptions: CodeOptions;
}) {
  const blank = { code: '', amount: '' };
  const [paidOn, setPaid] = useState('');
  const [payee, setPayee] = useState('');
  const [description, setDescription] = useState('');
  const [classification, setClassification] = useState<Classification>('REMEDIATION');
  const [amount, setAmount] = useState('');
  const [splits, setSplits] = useState([blank]);
  const [result, record] = useMutation(recordExpenditureMutation);
  const submit = async () => {
    const cents = centsOf(amount, 'Enter the amount paid');
    const parsed = splits
      .filter((s) => s.code || s.amount)
      .map((s, i) => ({
        taxonomyKey,
        strategyCode: chosen(s.code, `Choose the strategy of split ${i + 1}`),
        amountCents: centsOf(s.amount, `Enter the amount of split ${i + 1}`).toString(),
      }));
    const input = { paidOn, payee, description, classification, amountCents: cents.toString(), splits: parsed };
    settled(await record({ fundId, input }, context));
    return `Expenditure of ${formatCents(cents)} recorded`;
  };
  return (
    <EntryForm
      id="expenditure"
      title="Expenditure"
      submitLabel="Record the expenditure"
      busy={result.fetching}
      onSubmit={submit}
    >
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
            onChange={(v) => setClassification(v as Classification)}
            options={[...CLASSIFICATIONS]}
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
      <RowsFieldset
        legend="Split across strategies"
        rows={splits}
        onChange={setSplits}
        blank={blank}
        addLabel="Add a strategy"
        removeLabel={(i) => `Remove split ${i + 1}`}
        renderRow={(split, i, set) => (
          <div className="tablet:grid-col-6">
            <StrategyAmount
              id={`exp-split-${i}`}
              label={`Split ${i + 1}`}
              row={split}
              set={set}
              codeOptions={codeOptions}
            />
          </div>
        )}
      />
    </EntryForm>
  );
}
