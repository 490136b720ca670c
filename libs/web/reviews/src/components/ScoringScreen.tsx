import { useCallback, useEffect, useMemo, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { AutosaveNotices, KeptChangesPanel, SaveStatusBar } from '@abate/web/core';
import { PageHeading } from '@abate/web/ui';
import type { AssignmentData, ReviewedApplication } from '../hooks/useReviewAssignment';
import { useReviewAutosave } from '../hooks/useReviewAutosave';
import { useSubmitReview } from '../hooks/useSubmitReview';
import { reviewNoticesWording, reviewStatusWording } from '../model/autosave-wording';
import { ratingText } from '../model/format';
import {
  countRated,
  itemKeyOfPart,
  missingItems,
  OVERALL_COMMENT_ID,
  OVERALL_COMMENT_MAX,
  progressText,
  scorePart,
  scoreValues,
  type ReviewPart,
  type ScoreValues,
} from '../model/review-form';
import { ApplicationFacts, ReviewSafeguardFlags } from './ApplicationFacts';
import { ItemScoring, RatingScaleGuide } from './ItemScoring';
import { SubmitReviewSection } from './SubmitReviewSection';
import './reviews.css';

export const domainSectionId = (domainKey: string) => `domain-${domainKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export interface ScoringScreenProps {
  data: AssignmentData;
  application: ReviewedApplication;
  roundHref: string;
  signInHref: string;
  /** The review was submitted. */
  onSubmitted: () => void;
  /** Reload the page's data: the review stopped being in progress. */
  onReloadPage: () => void;
}

/**
 * The scoring screen: safeguard flags and the application first, then each
 * checklist item by domain with the applicant's answer beside it to rate and
 * comment on, saved as the reviewer goes (the shared autosave), ending in submit.
 */
export function ScoringScreen({
  data,
  application,
  roundHref,
  signInHref,
  onSubmitted,
  onReloadPage,
}: ScoringScreenProps) {
  const [controller, state] = useReviewAutosave(data);
  const { submit, submitting, failure } = useSubmitReview(controller);
  const { round, organizationName } = data;
  const { checklist } = round;
  const { values, problems, rejected, server } = state;

  const itemKeys = useMemo(() => checklist.items.map((item) => item.key), [checklist.items]);
  const itemTitles = useMemo(() => new Map(checklist.items.map((item) => [item.key, item.title])), [checklist.items]);
  const responses = useMemo(
    () => new Map(application.responses.map((response) => [response.itemKey, response])),
    [application.responses],
  );
  const domains = useMemo(
    () =>
      checklist.domains
        .map((domain) => ({ domain, items: checklist.items.filter((item) => item.domain === domain.key) }))
        .filter((group) => group.items.length > 0),
    [checklist.domains, checklist.items],
  );

  const rated = countRated(values, itemKeys);
  const progress = progressText(rated, itemKeys.length);
  const missing = useMemo(() => missingItems(values, checklist.items), [values, checklist.items]);

  const partLabel = useCallback(
    (part: ReviewPart) => {
      const itemKey = itemKeyOfPart(part);
      return itemKey === null ? 'Overall comment' : (itemTitles.get(itemKey) ?? itemKey);
    },
    [itemTitles],
  );
  const describeKept = (part: ReviewPart, value: unknown) => {
    if (itemKeyOfPart(part) === null)
      return { label: partLabel(part), text: typeof value === 'string' && value ? value : '(blank)' };
    const score = (value ?? {}) as Partial<ScoreValues>;
    return {
      label: partLabel(part),
      text: `Rating: ${ratingText(score.rating, checklist.scale)}\n\nComment: ${score.comment || '(none)'}`,
    };
  };

  const onItemChange = useCallback(
    (itemKey: string, patch: Partial<ScoreValues>) =>
      controller.update((v) => ({
        ...v,
        scores: { ...v.scores, [itemKey]: { ...scoreValues(v, itemKey), ...patch } },
      })),
    [controller],
  );

  // Submitted elsewhere, or the declaration changed: the page shows what it is now.
  useEffect(() => {
    if (server.status !== 'IN_PROGRESS') onReloadPage();
  }, [server.status, onReloadPage]);

  const handleSubmit = async () => {
    const submitted = (await submit()) !== null;
    if (submitted) onSubmitted();
    return submitted;
  };

  const overallProblem = problems.overallComment ?? rejected.overallComment;

  return (
    <div className="abate-review">
      <PageHeading>{`Review of ${organizationName}`}</PageHeading>
      <p className="margin-top-0">
        An application to{' '}
        <Link className="usa-link" to={roundHref}>
          {round.title}
        </Link>
        . Rate each item of the checklist on what the application says. Your ratings and comments save automatically as
        you go; other reviewers’ ratings stay hidden until you submit yours.
      </p>

      <SaveStatusBar state={state} wording={reviewStatusWording} onSaveNow={() => void controller.saveNow()}>
        <span id="review-progress" className="abate-review-progress text-bold" role="status" aria-live="polite">
          {progress}
        </span>
      </SaveStatusBar>
      <AutosaveNotices
        state={state}
        controller={controller}
        wording={reviewNoticesWording}
        partLabel={partLabel}
        signInHref={signInHref}
        onReloadPage={onReloadPage}
      />
      {state.kept && (
        <KeptChangesPanel<ReviewPart>
          savedAt={state.kept.savedAt}
          parts={state.kept.parts}
          describe={describeKept}
          onApply={(parts) => controller.applyKept(parts)}
          onDiscard={(parts) => controller.discardKept(parts)}
          intro="These ratings and comments of yours are not in the version shown, which is the latest saved one. Copy what you need, or use your version to put it back and save it."
        />
      )}

      <ReviewSafeguardFlags flags={application.safeguardFlags} />
      <ApplicationFacts application={application} />

      <nav aria-labelledby="domains-nav-heading" className="margin-bottom-4">
        <h2 id="domains-nav-heading">The checklist</h2>
        <p>
          {itemKeys.length} items in {domains.length} {domains.length === 1 ? 'domain' : 'domains'}. Items marked
          Critical matter most: if reviewers agree on a 0 for one, the application cannot be recommended without an
          override.
        </p>
        <ul className="usa-list">
          {domains.map(({ domain, items }) => (
            <li key={domain.key}>
              <a className="usa-link" href={`#${domainSectionId(domain.key)}`}>
                {domain.title}
              </a>{' '}
              <span className="text-base-dark">
                (
                {progressText(
                  countRated(
                    values,
                    items.map((item) => item.key),
                  ),
                  items.length,
                )}
                )
              </span>
            </li>
          ))}
        </ul>
        <RatingScaleGuide scale={checklist.scale} />
      </nav>

      {domains.map(({ domain, items }) => (
        <section
          key={domain.key}
          aria-labelledby={`${domainSectionId(domain.key)}-heading`}
          id={domainSectionId(domain.key)}
          className="margin-top-6"
        >
          <h2 id={`${domainSectionId(domain.key)}-heading`} className="margin-bottom-0">
            {domain.title}
          </h2>
          {items.map((item) => (
            <ItemScoring
              key={item.key}
              item={item}
              scale={checklist.scale}
              response={responses.get(item.key)}
              score={scoreValues(values, item.key)}
              notSaved={problems[scorePart(item.key)] ?? rejected[scorePart(item.key)]}
              onChange={onItemChange}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="overall-comment-heading" className="margin-top-6">
        <h2 id="overall-comment-heading" className="margin-bottom-0">
          <label htmlFor={OVERALL_COMMENT_ID}>Overall comment</label>
        </h2>
        <div className={`usa-form-group margin-top-1${overallProblem ? ' usa-form-group--error' : ''}`}>
          <div className="usa-hint" id={`${OVERALL_COMMENT_ID}-hint`}>
            Optional. What the program officer should know about the application as a whole: its strengths, your
            concerns, conditions you would attach. At most {OVERALL_COMMENT_MAX.toLocaleString('en-US')} characters.
          </div>
          {overallProblem && (
            <span className="usa-error-message" id={`${OVERALL_COMMENT_ID}-problem`}>
              <span className="usa-sr-only">Not saved: </span>
              {overallProblem}
            </span>
          )}
          <textarea
            className={`usa-textarea maxw-tablet${overallProblem ? ' usa-input--error' : ''}`}
            id={OVERALL_COMMENT_ID}
            name={OVERALL_COMMENT_ID}
            rows={6}
            value={values.overallComment}
            aria-invalid={overallProblem ? true : undefined}
            aria-describedby={
              overallProblem ? `${OVERALL_COMMENT_ID}-hint ${OVERALL_COMMENT_ID}-problem` : `${OVERALL_COMMENT_ID}-hint`
            }
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
              const overallComment = event.target.value;
              controller.update((v) => ({ ...v, overallComment }));
            }}
          />
        </div>
      </section>

      <SubmitReviewSection
        progress={progress}
        missing={missing}
        submitting={submitting}
        failure={failure}
        onSubmit={handleSubmit}
      />
    </div>
  );
}
