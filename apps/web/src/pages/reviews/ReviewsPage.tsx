import { ReviewQueue } from '@abate/web/reviews';
import { paths } from '../../paths';
import { RequireReviewer } from './RequireReviewer';

/** /reviews: the reviewer's queue. */
export function ReviewsPage() {
  return (
    <RequireReviewer>
      <ReviewQueue reviewHref={(id) => paths.review(id)} roundHref={(id) => paths.round(id)} />
    </RequireReviewer>
  );
}
