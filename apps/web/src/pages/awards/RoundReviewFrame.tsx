import type { ReactNode } from 'react';
import { RoundReviewNav, type RoundReviewNavProps } from '@abate/web/awards';
import {
  Breadcrumbs,
  isNotFound,
  LoadFailed,
  Loading,
  RoundStatusTag,
  useFundingRound,
  type RoundDetail,
} from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RoundNotFound } from '../rounds/RoundPage';
import { awardsLinks } from './awards-links';

export interface RoundReviewFrameProps {
  roundId: string;
  /** "Ranking and decisions": the page's name; the heading adds the round's title. */
  title: string;
  current: RoundReviewNavProps['current'];
  /** Extra breadcrumbs between the round and this page (the comparison sits under the ranking). */
  trail?: (round: RoundDetail) => Array<{ label: string; to: string }>;
  children: (round: RoundDetail) => ReactNode;
}

/** Loads the round, then shows the breadcrumbs, heading, status and links shared by the review and award pages. */
export function RoundReviewFrame({ roundId, title, current, trail, children }: RoundReviewFrameProps) {
  const { round, fetching, error, retry } = useFundingRound(roundId);

  if (fetching && !round) return <Loading what="Loading the funding round…" />;
  if (!round && isNotFound(error)) return <RoundNotFound />;
  if (!round) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {error && <LoadFailed error={error} what="this funding round" onRetry={retry} />}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Funding rounds', to: paths.rounds },
          { label: round.title, to: paths.round(round.id) },
          ...(trail?.(round) ?? []),
        ]}
        current={title}
      />
      <PageHeading>{`${title}: ${round.title}`}</PageHeading>
      <p className="margin-top-0">
        <RoundStatusTag round={round} />
      </p>
      <RoundReviewNav roundId={round.id} links={awardsLinks} current={current} />
      {children(round)}
    </>
  );
}
