import { useRef } from 'react';
import { Link } from 'react-router';
import { Table } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { useFundingRoundList } from '../hooks/useFundingRoundList';
import { LoadFailed, Loading } from './LoadState';
import { RoundStatusTag } from './RoundStatusTag';
import { ShowMoreRounds, useFocusNewRound } from './RoundCollection';

export interface OfficerRoundsTableProps {
  roundHref: (roundId: string) => string;
  editRoundHref: (roundId: string) => string;
  /** Review pages of a published round (assignments; ranking and decisions). */
  assignmentsHref?: (roundId: string) => string;
  rankingHref?: (roundId: string) => string;
}

/** Every round, drafts included (the API shows drafts to officers), with edit links while terms can change. */
export function OfficerRoundsTable({
  roundHref,
  editRoundHref,
  assignmentsHref,
  rankingHref,
}: OfficerRoundsTableProps) {
  const list = useFundingRoundList(undefined, 50);
  const ref = useRef<HTMLDivElement>(null);
  const focusFrom = useFocusNewRound(ref, list.rounds.length);
  const { rounds, fetching, error, retry } = list;

  if (fetching && rounds.length === 0) return <Loading what="Loading funding rounds…" />;
  if (error && rounds.length === 0) return <LoadFailed error={error} what="the funding rounds" onRetry={retry} />;
  if (rounds.length === 0) return <p>There are no funding rounds yet. Create the first one.</p>;

  return (
    <div ref={ref}>
      <Table bordered={false} fullWidth scrollable caption="Funding rounds, drafts included, by deadline">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Status</th>
            <th scope="col">Opens</th>
            <th scope="col">Deadline</th>
            <th scope="col">Budget</th>
            <th scope="col">Awards</th>
            <th scope="col">
              <span className="usa-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <Link className="usa-link" to={roundHref(round.id)} data-round-link>
                  {round.title}
                </Link>
              </th>
              <td>
                <RoundStatusTag round={round} />
              </td>
              <td>{round.opensAtLocal}</td>
              <td>{round.closesAtLocal}</td>
              <td>{formatDollars(round.budgetCents)}</td>
              <td>
                {formatDollars(round.minAwardCents)} to {formatDollars(round.maxAwardCents)}
              </td>
              <td>
                {(round.status === 'DRAFT' || round.status === 'PUBLISHED') && (
                  <Link className="usa-link" to={editRoundHref(round.id)}>
                    Edit<span className="usa-sr-only"> {round.title}</span>
                  </Link>
                )}
                {round.status !== 'DRAFT' && assignmentsHref && rankingHref && (
                  <>
                    <Link className="usa-link margin-left-2" to={assignmentsHref(round.id)}>
                      Assignments<span className="usa-sr-only"> for {round.title}</span>
                    </Link>
                    <Link className="usa-link margin-left-2" to={rankingHref(round.id)}>
                      Ranking<span className="usa-sr-only"> for {round.title}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {list.hasMore || list.loadMoreError ? <ShowMoreRounds list={list} noun="rounds" onLoaded={focusFrom} /> : null}
    </div>
  );
}
