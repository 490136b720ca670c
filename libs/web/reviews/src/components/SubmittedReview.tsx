import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { formatLocalDateTime } from '@abate/web/core';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { useApplicationReviews, type SubmittedReview as OtherReview } from '../hooks/useApplicationReviews';
import type { AssignmentData, ChecklistItem, ScaleStep } from '../hooks/useReviewAssignment';
import { ratingText } from '../model/format';
import './reviews.css';

type Scores = ReadonlyArray<{ itemKey: string; rating: number; comment: string }>;

const sameScores = (a: Scores, b: Scores) => JSON.stringify(a) === JSON.stringify(b);

/** The review's ratings and comments by domain, read-only. */
function ReviewByItem({
  idPrefix,
  domains,
  items,
  scores,
  scale,
}: {
  idPrefix: string;
  domains: ReadonlyArray<{ key: string; title: string }>;
  items: readonly ChecklistItem[];
  scores: Scores;
  scale: readonly ScaleStep[];
}) {
  const byItem = new Map(scores.map((score) => [score.itemKey, score]));
  return (
    <>
      {domains.map((domain) => {
        const inDomain = items.filter((item) => item.domain === domain.key);
        if (inDomain.length === 0) return null;
        return (
          <table
            key={domain.key}
            className="usa-table usa-table--borderless usa-table--stacked width-full abate-review-by-item"
            id={`${idPrefix}-${domain.key}`}
          >
            <caption>{domain.title}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Rating</th>
                <th scope="col">Comment</th>
              </tr>
            </thead>
            <tbody>
              {inDomain.map((item) => {
                const score = byItem.get(item.key);
                return (
                  <tr key={item.key}>
                    <th scope="row" data-label="Item">
                      {item.title}
                    </th>
                    <td data-label="Rating">{ratingText(score?.rating, scale)}</td>
                    <td data-label="Comment" className="abate-review__text">
                      {score?.comment || '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

/** Ratings of every submitted review side by side, item by item: yours and "Reviewer 1"… */
function RatingsCompared({
  items,
  scale,
  yours,
  others,
}: {
  items: readonly ChecklistItem[];
  scale: readonly ScaleStep[];
  yours: Scores;
  others: readonly OtherReview[];
}) {
  const columns = [
    { label: 'You', scores: new Map(yours.map((s) => [s.itemKey, s.rating])) },
    ...others.map((review) => ({
      label: review.label,
      scores: new Map(review.scores.map((s) => [s.itemKey, s.rating])),
    })),
  ];
  return (
    <div
      className="usa-table-container--scrollable"
      tabIndex={0}
      role="region"
      aria-labelledby="ratings-compared-caption"
    >
      <table className="usa-table usa-table--borderless">
        <caption id="ratings-compared-caption">Ratings by item</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row">{item.title}</th>
              {columns.map((column) => (
                <td key={column.label}>{ratingText(column.scores.get(item.key), scale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OtherReviews({ data }: { data: AssignmentData }) {
  const { reviews, fetching, error, retry } = useApplicationReviews(data.applicationId);
  const { checklist } = data.round;
  if (!reviews && fetching) return <Loading what="Loading the other reviews…" />;
  if (!reviews) return error ? <LoadFailed error={error} what="the other reviews" onRetry={retry} /> : null;
  // applicationReviews lists every submitted review, this reviewer's included, labelled by order of submission.
  const own = reviews.find(
    (review) => review.submittedAt === data.submittedAt && sameScores(review.scores, data.scores),
  );
  const others = reviews.filter((review) => review !== own);
  return (
    <>
      {own && <p>Your review is listed as {own.label}.</p>}
      {others.length === 0 ? (
        <p>No other reviewer has submitted a review of this application yet. Come back later to compare.</p>
      ) : (
        <>
          <RatingsCompared items={checklist.items} scale={checklist.scale} yours={data.scores} others={others} />
          {others.map((review) => (
            <section
              key={review.label}
              aria-labelledby={`other-${review.label.replace(/\W+/g, '-')}`}
              className="margin-top-4"
            >
              <h3 id={`other-${review.label.replace(/\W+/g, '-')}`}>{review.label}</h3>
              <p className="margin-top-0 text-base-dark">Submitted {formatLocalDateTime(review.submittedAt)}</p>
              <h4 className="margin-bottom-05">Overall comment</h4>
              <p className="margin-top-0 abate-review__text">{review.overallComment || 'No overall comment.'}</p>
              <ReviewByItem
                idPrefix={`other-${review.label.replace(/\W+/g, '-')}`}
                domains={checklist.domains}
                items={checklist.items}
                scores={review.scores}
                scale={checklist.scale}
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}

export interface SubmittedReviewProps {
  data: AssignmentData;
  queueHref: string;
  roundHref: string;
  /** Submitted on this page just now. */
  justSubmitted: boolean;
}

/** A submitted review: final and read-only, with the other reviewers' submitted reviews (never their names). */
export function SubmittedReview({ data, queueHref, roundHref, justSubmitted }: SubmittedReviewProps) {
  const { organizationName, round } = data;
  const { checklist } = round;
  const rated = useMemo(() => new Set(data.scores.map((s) => s.itemKey)), [data.scores]);

  return (
    <div className="abate-review">
      <PageHeading>{`Your review of ${organizationName}`}</PageHeading>
      {justSubmitted && (
        <div tabIndex={-1} className="margin-bottom-3" id="review-submitted">
          <Alert type="success" role="status">
            <AlertHeading level="h2">Review submitted</AlertHeading>
            <AlertText>Your review is final. Thank you. The other reviewers’ submitted reviews are below.</AlertText>
          </Alert>
        </div>
      )}
      <p className="margin-top-0">
        An application to{' '}
        <Link className="usa-link" to={roundHref}>
          {round.title}
        </Link>
        . {data.submittedAt ? `Submitted ${formatLocalDateTime(data.submittedAt)}.` : ''} {rated.size} of{' '}
        {checklist.items.length} items rated.
      </p>

      <section aria-labelledby="your-review-heading">
        <h2 id="your-review-heading">Your ratings</h2>
        <ReviewByItem
          idPrefix="yours"
          domains={checklist.domains}
          items={checklist.items}
          scores={data.scores}
          scale={checklist.scale}
        />
        <h3>Your overall comment</h3>
        <p className="abate-review__text">{data.overallComment || 'No overall comment.'}</p>
      </section>

      <section aria-labelledby="other-reviews-heading" className="margin-top-6">
        <h2 id="other-reviews-heading">Other reviewers’ reviews</h2>
        <p className="margin-top-0">Reviewers are shown by the order they submitted in, never by name.</p>
        <OtherReviews data={data} />
      </section>

      <p className="margin-top-6">
        <Link className="usa-link" to={queueHref}>
          Back to your reviews
        </Link>
      </p>
    </div>
  );
}
