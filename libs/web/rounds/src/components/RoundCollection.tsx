import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { apiErrorText, type RoundStatus } from '@abate/web/core';
import { useFundingRoundList, type FundingRoundList, type RoundListItem } from '../hooks/useFundingRoundList';
import { eligibleKindsText } from '../lib/labels';
import { FactList } from './RoundFacts';
import { LoadFailed, Loading } from './LoadState';
import { RoundStatusTag } from './RoundStatusTag';

export interface RoundCollectionProps {
  rounds: RoundListItem[];
  roundHref: (roundId: string) => string;
  headingLevel?: 2 | 3 | 4;
}

/** Rounds as a USWDS collection: title linking to the round, status, deadline in the round's zone, money. */
export function RoundCollection({ rounds, roundHref, headingLevel = 3 }: RoundCollectionProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="usa-collection">
      {rounds.map((round) => (
        <li key={round.id} className="usa-collection__item">
          <div className="usa-collection__body">
            <Heading className="usa-collection__heading">
              <Link className="usa-link" to={roundHref(round.id)} data-round-link>
                {round.title}
              </Link>
            </Heading>
            <p className="margin-y-1">
              <RoundStatusTag round={round} />
            </p>
            <FactList
              facts={[
                ...(round.status === 'PUBLISHED' && !round.accepting
                  ? [{ term: 'Opens', detail: round.opensAtLocal }]
                  : []),
                { term: round.status === 'PUBLISHED' ? 'Deadline' : 'Closed', detail: round.closesAtLocal },
                { term: 'Budget', detail: formatDollars(round.budgetCents) },
                {
                  term: 'Awards',
                  detail: `${formatDollars(round.minAwardCents)} to ${formatDollars(round.maxAwardCents)}`,
                },
                { term: 'Who can apply', detail: eligibleKindsText(round.eligibleKinds) },
              ]}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

interface ShowMoreProps {
  list: FundingRoundList;
  noun: string;
  onLoaded: (firstNewIndex: number) => void;
}

/** "Showing 25 of 40 rounds" and a button for the next page. */
export function ShowMoreRounds({ list, noun, onLoaded }: ShowMoreProps) {
  const { rounds, totalCount, hasMore, loadMore, loadingMore, loadMoreError } = list;
  const handleClick = async () => {
    const before = rounds.length;
    if (await loadMore()) onLoaded(before);
  };
  return (
    <div className="margin-top-2">
      <p role="status" className="margin-y-1">
        Showing {rounds.length} of {totalCount} {noun}
      </p>
      {hasMore && (
        <Button type="button" outline onClick={handleClick} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more ${noun}`}
        </Button>
      )}
      {loadMoreError && (
        <Alert type="error" slim className="margin-top-1">
          {apiErrorText(loadMoreError)}
        </Alert>
      )}
    </div>
  );
}

/** After "show more", focus the first new round's link so keyboard users carry on from there. */
export function useFocusNewRound(container: RefObject<HTMLElement | null>, count: number) {
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    if (pending === null || count <= pending) return;
    container.current?.querySelectorAll<HTMLAnchorElement>('a[data-round-link]')[pending]?.focus();
    setPending(null);
  }, [container, count, pending]);
  return setPending;
}

export interface RoundListSectionProps {
  status: RoundStatus;
  heading: string;
  headingId: string;
  roundHref: (roundId: string) => string;
  /** Shown when there are none; without it an empty section is left out. */
  emptyMessage?: string;
  headingLevel?: 2 | 3;
}

/** One status of published rounds, as a section with its own heading and pages. */
export function RoundListSection({
  status,
  heading,
  headingId,
  roundHref,
  emptyMessage,
  headingLevel = 2,
}: RoundListSectionProps) {
  const list = useFundingRoundList(status);
  const ref = useRef<HTMLElement>(null);
  const focusFrom = useFocusNewRound(ref, list.rounds.length);
  const Heading = `h${headingLevel}` as const;
  const { rounds, fetching, error, retry } = list;

  if (!fetching && !error && rounds.length === 0 && !emptyMessage) return null;
  return (
    <section ref={ref} aria-labelledby={headingId} className="margin-bottom-5">
      <Heading id={headingId}>{heading}</Heading>
      {fetching && rounds.length === 0 && <Loading what="Loading funding rounds…" />}
      {error && rounds.length === 0 && <LoadFailed error={error} what="the funding rounds" onRetry={retry} />}
      {!fetching && !error && rounds.length === 0 && <p>{emptyMessage}</p>}
      {rounds.length > 0 && (
        <>
          <RoundCollection rounds={rounds} roundHref={roundHref} headingLevel={headingLevel === 2 ? 3 : 4} />
          {list.hasMore || list.loadMoreError ? (
            <ShowMoreRounds list={list} noun="rounds" onLoaded={focusFrom} />
          ) : null}
        </>
      )}
    </section>
  );
}

export interface PublishedRoundsProps {
  roundHref: (roundId: string) => string;
}

/** Every published round for the public: current ones first, then those in review and decided. */
export function PublishedRounds({ roundHref }: PublishedRoundsProps) {
  return (
    <>
      <RoundListSection
        status="PUBLISHED"
        heading="Open and upcoming rounds"
        headingId="rounds-current"
        roundHref={roundHref}
        emptyMessage="No funding rounds are open or coming up right now. Check back later."
      />
      <RoundListSection
        status="REVIEW"
        heading="Closed rounds in review"
        headingId="rounds-review"
        roundHref={roundHref}
      />
      <RoundListSection status="DECIDED" heading="Decided rounds" headingId="rounds-decided" roundHref={roundHref} />
    </>
  );
}
