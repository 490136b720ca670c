import { useParams } from 'react-router';
import { ReviewWorkspace } from '@abate/web/reviews';
import { paths } from '../../paths';
import { RequireReviewer } from './RequireReviewer';

/** /reviews/:assignmentId: conflict declaration, scoring, or the submitted review. */
export function ReviewPage() {
  const { assignmentId = '' } = useParams<{ assignmentId: string }>();
  return (
    <RequireReviewer>
      {/* Keyed by id: moving to another assignment starts afresh. */}
      <ReviewWorkspace
        key={assignmentId}
        assignmentId={assignmentId}
        queueHref={paths.reviews}
        roundHref={(id) => paths.round(id)}
        signInHref={paths.signIn}
      />
    </RequireReviewer>
  );
}
