import { memo } from 'react';
import { Tag } from '@trussworks/react-uswds';
import type { ChecklistItem, ReviewedApplication, ScaleStep } from '../hooks/useReviewAssignment';
import { ratingText } from '../model/format';
import { commentInputId, itemFieldsetId, ratingInputId, type ScoreValues } from '../model/review-form';

/** The id of a scale step's meaning (in the "How to rate" list), which describes each radio of that value. */
export const scaleMeaningId = (value: number) => `scale-meaning-${value}`;

/** The checklist's rating scale, each step with what it means. */
export function RatingScaleGuide({ scale }: { scale: readonly ScaleStep[] }) {
  return (
    <details className="margin-y-2" id="rating-scale">
      <summary className="text-primary text-underline">How to rate (0 to {scale.length - 1})</summary>
      <dl className="margin-top-1">
        {scale.map((step) => (
          <div key={step.value} className="margin-bottom-1">
            <dt className="text-bold">{`${step.value} ${step.label}`}</dt>
            <dd className="margin-left-0" id={scaleMeaningId(step.value)}>
              {step.meaning}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Sources({ sources }: { sources: ChecklistItem['sources'] }) {
  if (sources.length === 0) return null;
  return (
    <>
      <p className="text-bold margin-bottom-05">{sources.length === 1 ? 'Source' : 'Sources'}</p>
      <ul className="usa-list margin-top-0 font-sans-2xs">
        {sources.map((source) => (
          <li key={source.id} className="maxw-none">
            {source.citation}
            {source.url && (
              <>
                {' '}
                <a
                  className="usa-link usa-link--external"
                  href={source.url}
                  target="_blank"
                  rel="noreferrer"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {source.url}
                  <span className="usa-sr-only"> (opens in a new tab)</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export interface ItemScoringProps {
  item: ChecklistItem;
  scale: readonly ScaleStep[];
  response: ReviewedApplication['responses'][number] | undefined;
  score: ScoreValues;
  /** Why this item's rating and comment are not saved (a client check or the API's refusal). */
  notSaved: string | undefined;
  onChange: (itemKey: string, patch: Partial<ScoreValues>) => void;
}

/**
 * One checklist item to rate: a fieldset whose legend is the item's title, with
 * what the checklist asks beside what the applicant wrote, the rating radios
 * ("2 Meets") and a comment, required for a rating of 0.
 */
export const ItemScoring = memo(function ItemScoring({
  item,
  scale,
  response,
  score,
  notSaved,
  onChange,
}: ItemScoringProps) {
  const fieldsetId = itemFieldsetId(item.key);
  const commentId = commentInputId(item.key);
  const hintId = `${commentId}-hint`;
  const problemId = `${commentId}-problem`;
  const zero = score.rating === '0';
  return (
    <fieldset className="usa-fieldset abate-review-item" id={fieldsetId}>
      <legend>
        <h3 className="margin-0 font-heading-md">{item.title}</h3>
      </legend>
      <p className="margin-top-05 margin-bottom-2 font-sans-2xs text-base-dark">
        {item.critical && <Tag className="bg-secondary-dark text-no-uppercase margin-right-1">Critical</Tag>}
        Weight {item.weight} of 3
      </p>

      <div className="grid-row grid-gap-lg">
        <div className="tablet:grid-col-6">
          <h4 className="margin-bottom-05 margin-top-0">What the checklist asks</h4>
          <p className="margin-top-0">{item.description}</p>
          {item.reviewerGuidance && (
            <>
              <h4 className="margin-bottom-05">Reviewer guidance</h4>
              <p className="margin-top-0">{item.reviewerGuidance}</p>
            </>
          )}
          <Sources sources={item.sources} />
        </div>
        <div className="tablet:grid-col-6">
          <div className="bg-base-lightest padding-2 radius-md">
            <h4 className="margin-y-0">The applicant’s answer</h4>
            <p className="abate-review__text">{response?.narrative.trim() ? response.narrative : 'Not answered'}</p>
            <p className="margin-bottom-0">
              Applicant’s self-rating:{' '}
              <strong>
                {response?.selfRating === null || response?.selfRating === undefined
                  ? 'not given'
                  : ratingText(response.selfRating, scale)}
              </strong>
            </p>
          </div>
        </div>
      </div>

      <p className="text-bold margin-top-3 margin-bottom-1">Your rating</p>
      <div className="abate-rating-options">
        {scale.map((step) => {
          const id = ratingInputId(item.key, step.value);
          return (
            <div className="usa-radio" key={step.value}>
              <input
                className="usa-radio__input usa-radio__input--tile"
                id={id}
                type="radio"
                name={`rating-${fieldsetId}`}
                value={String(step.value)}
                checked={score.rating === String(step.value)}
                aria-describedby={scaleMeaningId(step.value)}
                onChange={() => onChange(item.key, { rating: String(step.value) })}
              />
              <label className="usa-radio__label" htmlFor={id}>
                {`${step.value} ${step.label}`}
              </label>
            </div>
          );
        })}
      </div>

      <div className={`usa-form-group${notSaved ? ' usa-form-group--error' : ''}`}>
        <label className={`usa-label${notSaved ? ' usa-label--error' : ''}`} htmlFor={commentId}>
          {`Comment on ${item.title}`}
        </label>
        <div className="usa-hint" id={hintId}>
          {zero
            ? 'Required for a rating of 0: say what is missing.'
            : 'Optional, except with a rating of 0 (then say what is missing).'}
        </div>
        {notSaved && (
          <span className="usa-error-message" id={problemId}>
            <span className="usa-sr-only">Not saved: </span>
            {notSaved}
          </span>
        )}
        <textarea
          className={`usa-textarea${notSaved ? ' usa-input--error' : ''}`}
          id={commentId}
          name={commentId}
          rows={3}
          value={score.comment}
          required={zero}
          aria-invalid={notSaved ? true : undefined}
          aria-describedby={notSaved ? `${hintId} ${problemId}` : hintId}
          onChange={(event) => onChange(item.key, { comment: event.target.value })}
        />
      </div>
    </fieldset>
  );
});
