import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { CheckboxesField, SelectField } from '@abate/web/ui';
import { fundChoicesQuery, roundFundingQuery, setRoundFundingMutation } from '../graphql/ledger.documents';
import { strategyOptions, useStrategyLists } from './ledger-context';

const context = { additionalTypenames: ['FundingRound', 'SettlementFund'] };

/** The round's fund and strategies as the form holds them: no fund (fundId '') or a fund with its codes. */
export interface RoundFundingValue {
  fundId: string;
  taxonomyKey: string;
  strategyCodes: string[];
}

export const NO_ROUND_FUNDING: RoundFundingValue = { fundId: '', taxonomyKey: '', strategyCodes: [] };

/**
 * The round form's fund and strategy fields (no <form> of their own): on the new-round page
 * inside the round's form, on the edit page inside RoundFundingForm.
 */
export function RoundFundingFields({
  value,
  onChange,
}: {
  value: RoundFundingValue;
  onChange: (value: RoundFundingValue) => void;
}) {
  const [{ data, error }] = useQuery({ query: fundChoicesQuery, context });
  const lists = useStrategyLists();
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the settlement funds: {error.message}
      </Alert>
    );
  const funds = data?.settlementFunds.nodes ?? [];
  const list = lists.find((t) => t.key === value.taxonomyKey);
  return (
    <>
      <SelectField
        id="round-fund"
        label="Settlement fund"
        value={value.fundId}
        onChange={(fundId) =>
          onChange({
            fundId,
            taxonomyKey: funds.find((f) => f.id === fundId)?.ruleSet.defaultTaxonomyKey ?? '',
            strategyCodes: [],
          })
        }
        placeholder="No settlement fund"
        hint="The fund that pays the round's awards; its finance officer allocates authorized money to the round."
        options={funds.map((f) => ({ value: f.id, label: f.name }))}
      />
      {value.fundId && list && (
        <CheckboxesField
          id="round-strategies"
          legend={`Strategies funded (${list.title})`}
          hint="Every award of the round is tagged with them."
          options={strategyOptions(lists, value.taxonomyKey)}
          value={value.strategyCodes}
          onChange={(strategyCodes) => onChange({ ...value, strategyCodes })}
        />
      )}
    </>
  );
}

/** Saves the round's fund and strategies; resolves to the API's refusal, or null when saved. */
export function useSaveRoundFunding(): [
  boolean,
  (roundId: string, value: RoundFundingValue) => Promise<string | null>,
] {
  const [result, save] = useMutation(setRoundFundingMutation);
  return [
    result.fetching,
    async (roundId, value) => {
      if (value.strategyCodes.length === 0) return 'Choose at least one strategy the round funds.';
      const res = await save(
        {
          roundId,
          fundId: value.fundId,
          strategies: { taxonomyKey: value.taxonomyKey, strategyCodes: value.strategyCodes },
        },
        context,
      );
      return res.error ? (res.error.graphQLErrors[0]?.message ?? res.error.message) : null;
    },
  ];
}

/** The edit-round page's fund and strategy form: which settlement fund pays the round, and the codes it funds. */
export function RoundFundingForm({ roundId }: { roundId: string }) {
  const [{ data, error }] = useQuery({ query: roundFundingQuery, variables: { roundId }, context });
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the round’s funding: {error.message}
      </Alert>
    );
  if (!data) return <p>Loading the round’s funding…</p>;
  const funding = data.fundingRound.funding ?? null;
  return (
    <SavedFunding
      key={funding?.fundId ?? 'none'}
      roundId={roundId}
      budgetCents={String(data.fundingRound.budgetCents)}
      funding={funding}
    />
  );
}

function SavedFunding({
  roundId,
  budgetCents,
  funding,
}: {
  roundId: string;
  budgetCents: string;
  funding: {
    fundId: string;
    fundName: string;
    taxonomyKey: string;
    strategyCodes: string[];
    allocatedCents: string;
  } | null;
}) {
  const [value, setValue] = useState<RoundFundingValue>(funding ?? NO_ROUND_FUNDING);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, save] = useSaveRoundFunding();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await save(roundId, value);
    setMessage(
      problem ? { ok: false, text: problem } : { ok: true, text: 'The round’s fund and strategies are saved.' },
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="round-funding-heading" className="margin-top-4">
      <h2 id="round-funding-heading">Settlement fund and strategies</h2>
      <p>
        {funding
          ? `Paid from ${funding.fundName}: ${formatCents(funding.allocatedCents)} allocated of a ${formatCents(budgetCents)} budget. The round can be published once its budget is allocated.`
          : 'Name the settlement fund that pays this round and the strategies it funds, so every award is tagged. The finance officer allocates authorized money to it.'}
      </p>
      <RoundFundingFields value={value} onChange={setValue} />
      <Button type="submit" disabled={!value.fundId || value.strategyCodes.length === 0 || saving}>
        Save the fund and strategies
      </Button>
      {message && (
        <Alert type={message.ok ? 'success' : 'error'} slim role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </form>
  );
}
