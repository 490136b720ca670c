import { useState, type FormEvent } from 'react';
import { Button } from '@trussworks/react-uswds';
import { SelectField } from '@abate/web/ui';
import { ALL_ROUNDS } from '../lib/round-filter';

export interface RoundFilterProps {
  /** Prefix of the control's id. */
  id: string;
  /** The round shown; null: every round. */
  roundId: string | null;
  rounds: readonly { id: string; title: string }[];
  /** True while the list of rounds loads. */
  loading?: boolean;
  /** The list of rounds could not be loaded. */
  failed?: boolean;
  onChange: (roundId: string | null) => void;
}

/** Chooses the round the page's figures cover; applied with its button, so moving through the options changes nothing. */
export function RoundFilter({ id, roundId, rounds, loading, failed, onChange }: RoundFilterProps) {
  const [value, setValue] = useState(roundId ?? ALL_ROUNDS);
  const [shown, setShown] = useState(roundId);
  // Back and forward change the round from outside: the select follows.
  if (shown !== roundId) {
    setShown(roundId);
    setValue(roundId ?? ALL_ROUNDS);
  }
  const options = [
    { value: ALL_ROUNDS, label: 'All funding rounds' },
    ...rounds.map((round) => ({ value: round.id, label: round.title })),
    ...(roundId && !rounds.some((round) => round.id === roundId) && !loading
      ? [{ value: roundId, label: 'The round in the page address' }]
      : []),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(value === ALL_ROUNDS ? null : value);
  };
  const hint = failed
    ? 'The list of funding rounds could not be loaded, so only all rounds together can be shown.'
    : loading
      ? 'Loading the funding rounds…'
      : 'Rounds whose awards have been decided.';
  return (
    <form className="insights-filter" onSubmit={submit} aria-label="Round filter">
      <div className="insights-filter__field">
        <SelectField
          id={`${id}-round`}
          label="Funding round"
          hint={hint}
          value={value}
          onChange={setValue}
          options={options}
        />
      </div>
      <Button type="submit" className="insights-filter__button">
        Show figures
      </Button>
    </form>
  );
}
