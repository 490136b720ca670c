import { useParams } from 'react-router';
import { RankingView } from '@abate/web/awards';
import { awardsLinks } from './awards-links';
import { RequireReviewAccess } from './RequireReviewAccess';
import { RoundReviewFrame } from './RoundReviewFrame';

const TITLE = 'Ranking and decisions';

/** /officer/rounds/:roundId/ranking: the ranking with its funding line, decisions, exports and release. */
export function RankingPage() {
  const { roundId = '' } = useParams();
  return (
    <RequireReviewAccess title={TITLE}>
      {(canAct) => (
        <RoundReviewFrame key={roundId} roundId={roundId} title={TITLE} current="ranking">
          {(round) => <RankingView round={round} canAct={canAct} links={awardsLinks} />}
        </RoundReviewFrame>
      )}
    </RequireReviewAccess>
  );
}
