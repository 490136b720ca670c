import { useLocation, useParams } from 'react-router';
import { CompareView, parseCompareIds } from '@abate/web/awards';
import { paths } from '../../paths';
import { awardsLinks } from './awards-links';
import { RequireReviewAccess } from './RequireReviewAccess';
import { RoundReviewFrame } from './RoundReviewFrame';

const TITLE = 'Compare applications';

/** /officer/rounds/:roundId/compare?ids=a,b,c: two to four applications side by side. */
export function ComparePage() {
  const { roundId = '' } = useParams();
  const applicationIds = parseCompareIds(useLocation().search);
  return (
    <RequireReviewAccess title={TITLE}>
      {() => (
        <RoundReviewFrame
          key={roundId}
          roundId={roundId}
          title={TITLE}
          current="compare"
          trail={(round) => [{ label: 'Ranking and decisions', to: paths.ranking(round.id) }]}
        >
          {(round) => <CompareView round={round} applicationIds={applicationIds} links={awardsLinks} />}
        </RoundReviewFrame>
      )}
    </RequireReviewAccess>
  );
}
