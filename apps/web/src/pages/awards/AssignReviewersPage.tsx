import { useParams } from 'react-router';
import { AssignmentsView } from '@abate/web/awards';
import { RequireReviewAccess } from './RequireReviewAccess';
import { RoundReviewFrame } from './RoundReviewFrame';

const TITLE = 'Reviewer assignments';

/** /officer/rounds/:roundId/assignments: who reviews which application, and how far each review has got. */
export function AssignReviewersPage() {
  const { roundId = '' } = useParams();
  return (
    <RequireReviewAccess title={TITLE}>
      {(canAct) => (
        <RoundReviewFrame key={roundId} roundId={roundId} title={TITLE} current="assignments">
          {(round) => <AssignmentsView round={round} canAct={canAct} />}
        </RoundReviewFrame>
      )}
    </RequireReviewAccess>
  );
}
