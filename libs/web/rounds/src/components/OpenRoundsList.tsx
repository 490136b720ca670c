import { Link } from 'react-router';
import { useFundingRoundList } from '../hooks/useFundingRoundList';
import { Loading } from './LoadState';

export interface OpenRoundsListProps {
  roundHref: (roundId: string) => string;
  allRoundsHref: string;
  /** At most this many rounds, soonest deadline first. */
  limit?: number;
}

/**
 * Compact list of rounds accepting applications now, with their deadlines,
 * for the home page; links to every round. Renders nothing useful offline.
 */
export function OpenRoundsList({ roundHref, allRoundsHref, limit = 5 }: OpenRoundsListProps) {
  const { rounds, fetching, error } = useFundingRoundList('PUBLISHED', 25);
  const open = rounds.filter((round) => round.accepting).slice(0, limit);

  return (
    <div>
      {fetching && rounds.length === 0 && <Loading what="Loading open funding rounds…" />}
      {!fetching && !error && open.length === 0 && <p>No funding rounds are accepting applications right now.</p>}
      {open.length > 0 && (
        <ul className="usa-list">
          {open.map((round) => (
            <li key={round.id}>
              <Link className="usa-link" to={roundHref(round.id)}>
                {round.title}
              </Link>
              , deadline {round.closesAtLocal}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="usa-link" to={allRoundsHref}>
          See all funding rounds
        </Link>
      </p>
    </div>
  );
}
