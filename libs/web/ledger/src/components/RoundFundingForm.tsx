import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { CheckboxesField, SelectField } from '@abate/web/ui';
import { roundFundingQuery, setRoundFundingMutation } from '../graphql/ledger.documents';

const context = { additionalTypenames: ['FundingRound', 'SettlementFund'] };

/** The round form's fund and strategy fields: which settlement fund pays the round, and the strategy codes it funds. */
export function RoundFundingForm({ roundId }: { roundId: string }) {
  const [{ data, error }] = useQuery({ query: roundFundingQuery, variables: { roundId }, context });
  if (error)
    return (
      <Alert type="error" slim role="alert">
        Could not load the round’s funding: {error.message}
      </Alert>
    );
  if (!data) return <p>Loading the round’s funding…</p>;
  return <FundingFields key={data.fundingRound.funding?.fundId ?? 'none'} roundId={roundId} data={data} />;
}

function FundingFields({
  roundId,
  data,
}: {
  roundId: string;
  data: {
    fundingRound: {
      budgetCents: string | number;
      funding?: {
        fundId: string;
        fundName: string;
        taxonomyKey: string;
        strategyCodes: string[];
        allocatedCents: string;
      } | null;
    };
    settlementFunds: { nodes: Array<{ id: string; name: string; ruleSet: { defaultTaxonomyKey: string } }> };
    strategyTaxonomies: Array<{
      key: string;
      title: string;
      codes: Array<{ code: string; title: string; taggable: boolean }>;
    }>;
  };
}) {
  const funding = data.fundingRound.funding;
  const [fundId, setFund] = useState(funding?.fundId ?? '');
  const [codes, setCodes] = useState<string[]>(funding?.strategyCodes ?? []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [result, save] = useMutation(setRoundFundingMutation);
  const fund = data.settlementFunds.nodes.find((f) => f.id === fundId);
  const taxonomyKey =
    funding && funding.fundId === fundId ? funding.taxonomyKey : (fund?.ruleSet.defaultTaxonomyKey ?? '');
  const taxonomy = data.strategyTaxonomies.find((t) => t.key === taxonomyKey);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const res = await save({ roundId, fundId, strategies: { taxonomyKey, strategyCodes: codes } }, context);
    setMessage(
      res.error
        ? { ok: false, text: res.error.graphQLErrors[0]?.message ?? res.error.message }
        : { ok: true, text: 'The round’s fund and strategies are saved.' },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="round-funding-heading" className="margin-top-4">
      <h2 id="round-funding-heading">Settlement fund and strategies</h2>
      <p>
        {funding
          ? `Paid from ${funding.fundName}: ${formatCents(funding.allocatedCents)} allocated of a ${formatCents(String(data.fundingRound.budgetCents))} budget. The round can be published once its budget is allocated.`
          : 'Name the settlement fund that pays this round and the strategies it funds, so every award is tagged. The finance officer allocates authorized money to it.'}
      </p>
      <SelectField
        id="round-fund"
        label="Settlement fund"
        value={fundId}
        onChange={setFund}
        placeholder="No settlement fund"
        options={data.settlementFunds.nodes.map((f) => ({ value: f.id, label: f.name }))}
      />
      {taxonomy && (
        <CheckboxesField
          id="round-strategies"
          legend={`Strategies funded (${taxonomy.title})`}
          options={taxonomy.codes
            .filter((c) => c.taggable)
            .map((c) => ({ value: c.code, label: `${c.code}: ${c.title}` }))}
          value={codes}
          onChange={setCodes}
        />
      )}
      <Button type="submit" disabled={!fundId || codes.length === 0 || result.fetching}>
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
